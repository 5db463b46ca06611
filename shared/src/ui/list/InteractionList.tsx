// The interaction list (rule 1): one row per interaction, newest routing last.
import { useAppSelector } from '../../app/hooks';
import { selectInteractionIds } from '../../features/interactions/interactionSelectors';
import { useTranslate } from '../app/useTranslate';
import { InteractionRow } from './InteractionRow';

export function InteractionList() {
  const ids = useAppSelector(selectInteractionIds);
  const { t } = useTranslate();
  return (
    <section className="acd-list" aria-labelledby="acd-list-heading">
      <h2 id="acd-list-heading" className="slds-text-heading_small slds-p-around_x-small">
        {t('list.label')}
      </h2>
      {ids.length === 0 ? (
        <p className="slds-p-around_x-small slds-text-color_weak">{t('list.empty')}</p>
      ) : (
        <ul className="slds-has-dividers_bottom-space" aria-labelledby="acd-list-heading">
          {ids.map((id) => (
            <InteractionRow key={id} id={id} />
          ))}
        </ul>
      )}
    </section>
  );
}
