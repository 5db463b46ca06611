// One demo customer in a web messaging conversation: writes through the Guest API socket and
// sees the transcript, the agent's replies included, as the customer's messenger would.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { GuestMessenger, type GuestLine } from './guestMessenger';
import type { PanelWords } from './panelWords';

export interface MessagingCustomer {
  key: string;
  customerName: string;
  deploymentId: string;
  firstMessage: string;
}

export function MessagingCustomerItem({
  base,
  customer,
  words,
}: {
  base: string;
  customer: MessagingCustomer;
  words: PanelWords;
}) {
  const [lines, setLines] = useState<GuestLine[]>([]);
  const [ended, setEnded] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const messenger = useRef<GuestMessenger | null>(null);
  const who = customer.customerName;

  useEffect(() => {
    const guest = new GuestMessenger(base, customer.deploymentId, {
      onLine: (line) => {
        setLines((current) =>
          current.some((l) => l.id === line.id) ? current : [...current, line],
        );
      },
      onError: setError,
      onExpired: () => {
        setEnded(true);
      },
    });
    messenger.current = guest;
    guest.say(customer.firstMessage).catch((caught: unknown) => {
      setError((caught as Error).message);
    });
    return () => {
      guest.close();
    };
  }, [base, customer]);

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || messenger.current === null) return;
    setError(null);
    setEnded(false);
    messenger.current.say(text).then(
      () => {
        setText('');
      },
      (caught: unknown) => {
        setError((caught as Error).message);
      },
    );
  };
  const status = ended ? words.ended : words.open;

  return (
    <li
      aria-label={`${who}: ${status}`}
      className="slds-box slds-box_x-small slds-m-bottom_x-small"
    >
      <p>
        <strong>{who}</strong> — {words.message} — {status}
      </p>
      <ol aria-label={words.transcriptOf(who)} className="slds-m-vertical_xx-small">
        {lines.map((line) => (
          <li key={line.id}>
            <strong>{line.direction === 'Outbound' ? words.agent : who}:</strong> {line.text}
          </li>
        ))}
      </ol>
      <form className="slds-grid slds-wrap slds-gutters_xx-small" onSubmit={send}>
        <label className="slds-assistive-text" htmlFor={`say-${customer.key}`}>
          {words.messageFrom(who)}
        </label>
        <input
          id={`say-${customer.key}`}
          className="slds-input slds-col"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <button type="submit" className="slds-button slds-button_neutral">
          {words.sendAs(who)}
        </button>
      </form>
      {error !== null && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
    </li>
  );
}
