// The customer simulator: start a chat or a web messaging conversation on a queue as a named
// customer, type and send as that customer (the agent sees "typing…"), leave. Several
// customers at once. A chat goes through /sim; web messaging through the Guest API socket.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RadioGroup, Select, TextInput } from '@acd/shared/ui';
import { MessagingCustomerItem, type MessagingCustomer } from './MessagingCustomerItem';
import { panelWords, type DemoLanguage } from './panelWords';
import {
  chatStatus,
  type SimConversation,
  type SimDeployment,
  type SimQueue,
  type SimulatorControl,
} from './simulatorControl';

interface CustomerChat {
  conversationId: string;
  customerName: string;
}

type Kind = 'chat' | 'message';

export function CustomerPanel({
  sim,
  queues,
  deployments,
  language,
}: {
  sim: SimulatorControl;
  queues: SimQueue[];
  deployments: SimDeployment[];
  language: DemoLanguage;
}) {
  const words = panelWords(language);
  const [kind, setKind] = useState<Kind>('chat');
  const [messaging, setMessaging] = useState<MessagingCustomer[]>([]);
  const [queueId, setQueueId] = useState(queues[0]?.id ?? '');
  const [name, setName] = useState('Pat Lee');
  const [email, setEmail] = useState('pat.lee@example.com');
  const [firstMessage, setFirstMessage] = useState('Hello, I need help with my order.');
  const [chats, setChats] = useState<CustomerChat[]>([]);
  const [conversations, setConversations] = useState<SimConversation[]>([]);
  const [error, setError] = useState<string | null>(null);

  // The simulator has no customer-side socket; the panel looks every second.
  useEffect(() => {
    let live = true;
    const look = () => {
      sim.conversations().then(
        (all) => {
          if (live) setConversations(all);
        },
        () => undefined,
      );
    };
    look();
    const timer = setInterval(look, 1_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [sim]);

  const start = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (kind === 'message') {
      const deployment = deployments.find((d) => d.queueId === queueId);
      if (deployment === undefined) {
        setError(`No web messaging deployment routes to this queue`);
        return;
      }
      if (firstMessage.trim() === '') {
        setError(words.needsFirst);
        return;
      }
      setMessaging((current) => [
        ...current,
        { key: crypto.randomUUID(), customerName: name, deploymentId: deployment.id, firstMessage },
      ]);
      return;
    }
    sim
      .startChat({
        queueId,
        customerName: name,
        ...(email === '' ? {} : { customerEmail: email }),
        ...(firstMessage === '' ? {} : { firstMessage }),
      })
      .then(
        ({ conversationId }) => {
          setChats((current) => [...current, { conversationId, customerName: name }]);
        },
        (caught: unknown) => {
          setError((caught as Error).message);
        },
      );
  };

  return (
    <section aria-labelledby="customer-title" className="slds-card slds-p-around_small">
      <h2 id="customer-title" className="slds-text-heading_small slds-m-bottom_small">
        Customer simulator
      </h2>
      <form onSubmit={start} aria-label="Start a conversation as a customer">
        <RadioGroup
          legend={words.kind}
          name="customer-kind"
          options={[
            { value: 'chat', label: words.chat },
            { value: 'message', label: words.message },
          ]}
          value={kind}
          onValueChange={setKind}
        />
        <Select id="customer-queue" label="Queue" value={queueId} onValueChange={setQueueId}>
          {queues.map((q) => (
            <option key={q.id} value={q.id}>
              {q.name}
            </option>
          ))}
        </Select>
        <TextInput id="customer-name" label="Customer name" value={name} onValueChange={setName} />
        <TextInput
          id="customer-email"
          label="Customer email"
          value={email}
          onValueChange={setEmail}
        />
        <TextInput
          id="customer-first"
          label="First message"
          value={firstMessage}
          onValueChange={setFirstMessage}
        />
        <button
          type="submit"
          className="slds-button slds-button_brand slds-m-top_x-small"
          disabled={name.trim() === '' || queueId === ''}
        >
          {words.start(kind)}
        </button>
        {error !== null && (
          <p role="alert" className="slds-text-color_error">
            {error}
          </p>
        )}
      </form>
      <ul aria-label="Customer chats" className="slds-m-top_medium">
        {chats.map((chat) => (
          <CustomerChatItem
            key={chat.conversationId}
            sim={sim}
            chat={chat}
            conversation={conversations.find((c) => c.id === chat.conversationId)}
          />
        ))}
        {messaging.map((customer) => (
          <MessagingCustomerItem
            key={customer.key}
            base={sim.base}
            customer={customer}
            words={words}
          />
        ))}
      </ul>
    </section>
  );
}

function CustomerChatItem({
  sim,
  chat,
  conversation,
}: {
  sim: SimulatorControl;
  chat: CustomerChat;
  conversation: SimConversation | undefined;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A typing indicator every keystroke would flood the agent's socket; one per 2 s is enough.
  const lastTyping = useRef(0);
  const status = chatStatus(conversation);
  const ended = status === 'ended';
  const who = chat.customerName;
  const report = (caught: unknown) => {
    setError((caught as Error).message);
  };

  return (
    <li
      aria-label={`${who}: ${status}`}
      className="slds-box slds-box_x-small slds-m-bottom_x-small"
    >
      <p>
        <strong>{who}</strong> — {status}
      </p>
      <form
        className="slds-grid slds-gutters_xx-small slds-m-top_xx-small"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          sim.say(chat.conversationId, text).then(() => {
            setText('');
          }, report);
        }}
      >
        <label className="slds-assistive-text" htmlFor={`say-${chat.conversationId}`}>
          {`Message from ${who}`}
        </label>
        <input
          id={`say-${chat.conversationId}`}
          className="slds-input slds-col"
          value={text}
          disabled={ended}
          onChange={(e) => {
            setText(e.target.value);
            if (Date.now() - lastTyping.current > 2_000) {
              lastTyping.current = Date.now();
              sim.typing(chat.conversationId).catch(() => undefined);
            }
          }}
        />
        <button type="submit" className="slds-button slds-button_neutral" disabled={ended}>
          {`Send as ${who}`}
        </button>
        <button
          type="button"
          className="slds-button slds-button_destructive"
          disabled={ended}
          onClick={() => {
            sim.leave(chat.conversationId).catch(report);
          }}
        >
          {`${who} leaves`}
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
