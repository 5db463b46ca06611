// What a web messaging message carries besides its text: attachments as plain links (http(s)
// only, with name and size; never an image or inline HTML from the customer's side), quick
// replies and cards as text. The platform layer already dropped anything else
// (messagingShapes.cleanContent); every customer-made string is a bidi isolate.
import { memo } from 'react';
import type { MessageContent as Content } from '../../platform/messagingTypes';
import { useTranslate } from '../app/useTranslate';
import { Isolate } from '../controls/Isolate';
import { fileSizeText } from './fileSize';

function ContentItem({ item }: { item: Content }) {
  const { t, language } = useTranslate();
  if (item.attachment !== undefined) {
    const { filename, url, contentSizeBytes } = item.attachment;
    const name = filename ?? t('attachment.unnamed');
    const size = fileSizeText(contentSizeBytes, t, language);
    if (url === undefined) {
      return <Isolate className="acd-attachment">{t('attachment.noLink', { name, size })}</Isolate>;
    }
    return (
      <a
        className="acd-attachment"
        href={url}
        target="_blank"
        rel="noopener noreferrer nofollow"
        dir="auto"
        aria-label={t('attachment.label', { name, size })}
      >
        {/* Isolated: an override character in the customer's file name (invoice_\u202Efdp.exe)
            must not reorder the name or spill into the size after it. */}
        <Isolate>{name}</Isolate> ({size})
      </a>
    );
  }
  if (item.quickReply !== undefined) {
    return <Isolate>{t('content.quickReply', { text: item.quickReply.text })}</Isolate>;
  }
  if (item.card !== undefined) {
    const { title, description, actions } = item.card;
    const labels = actions.map((action) => action.text);
    return (
      <>
        <Isolate>{t('content.card', { title })}</Isolate>
        {description !== undefined && <Isolate> {description}</Isolate>}
        {labels.length > 0 && <Isolate> [{labels.join(' | ')}]</Isolate>}
      </>
    );
  }
  return null;
}

export const MessageContent = memo(function MessageContent({ content }: { content: Content[] }) {
  if (content.length === 0) return null;
  return (
    <ul className="acd-message-content slds-list_vertical">
      {content.map((item, index) => (
        <li key={index} className="slds-item slds-text-body_small">
          <ContentItem item={item} />
        </li>
      ))}
    </ul>
  );
});
