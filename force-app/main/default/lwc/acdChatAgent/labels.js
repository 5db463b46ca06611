// The few words the shell itself shows (the React client carries its own en/ja resources).
// Kept here rather than as Custom Labels so the utility label follows the client's language
// setting, not only the Salesforce user's.

const LABELS = {
  en: {
    utility: 'Chat',
    loading: 'Loading the chat client…',
    loadFailed: 'The chat client could not be loaded. Reload the page or ask your administrator.',
    alerting: (count) => `${count} alerting`,
    unread: (count) => `${count} unread`,
    recordKind: { Contact: 'Contact', Lead: 'Lead' },
    noMatchTitle: (name) => `No Contact or Lead matches ${name}`,
    noMatchMessage: 'Create a Contact for this customer? {0}',
    createContact: 'Create a Contact',
    taskSubject: (customer, code) => `Chat with ${customer} – ${code}`,
    loggedTitle: 'Chat logged',
    loggedMessage: 'Task saved: {0}',
    openTask: 'open the Task',
    logFailedTitle: 'The chat could not be logged',
    logFailedMessage: (reason) => `${reason} The log is kept and will be retried.`,
    unknownError: 'Salesforce refused the Task.',
    truncated: '[transcript shortened]',
  },
  ja: {
    utility: 'チャット',
    loading: 'チャットクライアントを読み込み中…',
    loadFailed:
      'チャットクライアントを読み込めませんでした。ページを再読み込みするか、管理者に連絡してください。',
    alerting: (count) => `着信 ${count}`,
    unread: (count) => `未読 ${count}`,
    recordKind: { Contact: '取引先責任者', Lead: 'リード' },
    noMatchTitle: (name) => `${name} に一致する取引先責任者・リードはありません`,
    noMatchMessage: 'この顧客の取引先責任者を作成しますか? {0}',
    createContact: '取引先責任者を作成',
    taskSubject: (customer, code) => `${customer} とのチャット – ${code}`,
    loggedTitle: 'チャットを記録しました',
    loggedMessage: 'ToDo を保存しました: {0}',
    openTask: 'ToDo を開く',
    logFailedTitle: 'チャットを記録できませんでした',
    logFailedMessage: (reason) => `${reason} 記録は保持され、再試行されます。`,
    unknownError: 'Salesforce が ToDo を受け付けませんでした。',
    truncated: '[トランスクリプトは省略されています]',
  },
};

/** 'auto' follows the Salesforce user's language; anything unknown falls back to English. */
export function resolveLanguage(setting, userLanguage) {
  // The raw design property: the shell's own words are needed before the bundle loads.
  const wanted = typeof setting === 'string' ? setting.trim().toLowerCase() : '';
  if (wanted === 'en' || wanted === 'ja') {
    return wanted;
  }
  return typeof userLanguage === 'string' && userLanguage.toLowerCase().startsWith('ja')
    ? 'ja'
    : 'en';
}

export function labelsFor(language) {
  return LABELS[language] ?? LABELS.en;
}

/** The utility item's label: the counts only when there is something to see. */
export function utilityLabel(labels, alerting, unread) {
  const parts = [];
  if (alerting > 0) {
    parts.push(labels.alerting(alerting));
  }
  if (unread > 0) {
    parts.push(labels.unread(unread));
  }
  return parts.length === 0 ? labels.utility : `${labels.utility} (${parts.join(', ')})`;
}
