// A message body as text, with only http(s) addresses made into links. The body and each of
// its parts are bidi isolates (Isolate, and dir="auto" on links), so an override character in
// one part cannot reorder a link or the text after it, nor spill out of the message.
import { memo } from 'react';
import { linkify } from './linkify';
import { Isolate } from '../controls/Isolate';

export const MessageText = memo(function MessageText({ body }: { body: string }) {
  return (
    <Isolate className="acd-message-text">
      {linkify(body).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer" dir="auto">
            {part.text}
          </a>
        ) : (
          <Isolate key={index}>{part.text}</Isolate>
        ),
      )}
    </Isolate>
  );
});
