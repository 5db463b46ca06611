// A translated sentence whose filled-in values (customer names, CRM labels, queue names) are
// each in their own <Isolate>: a right-to-left name, or one hiding bidi override characters,
// cannot reorder the sentence around it. The text itself is what `t` gives.
import { translateParts, type MessageKey } from '../../i18n/translate';
import { useAppSelector } from '../../app/hooks';
import { Isolate } from '../controls/Isolate';

interface Props {
  k: MessageKey;
  params: Record<string, string | number>;
}

export function Translated({ k, params }: Props) {
  const language = useAppSelector((state) => state.settings.language);
  return (
    <>
      {translateParts(language, k, params).map((part, index) =>
        typeof part === 'string' ? part : <Isolate key={index}>{part.value}</Isolate>,
      )}
    </>
  );
}
