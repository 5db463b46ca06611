// A message body as text, with only http(s) addresses made into links.
import { memo } from 'react';
import { linkify } from './linkify';

export const MessageText = memo(function MessageText({ body }: { body: string }) {
  return (
    <span className="acd-message-text">
      {linkify(body).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
});
