// The demo: the customer simulator beside the agent client (the standalone page in a frame,
// signed in through the implicit-grant fragment), and a link to a second client of the
// same agent to see ringing in one place (rule 2) and the burst clearing everywhere (rule 7).
import { useEffect, useState } from 'react';
import { Select } from '@acd/shared/ui';
import { CustomerPanel } from './CustomerPanel';
import {
  createSimulatorControl,
  standaloneUrl,
  type SimDeployment,
  type SimQueue,
  type SimUser,
} from './simulatorControl';

type Language = 'en' | 'ja';

export function DemoPage({ platformBaseUrl }: { platformBaseUrl: string }) {
  const [sim] = useState(() => createSimulatorControl(platformBaseUrl));
  const [users, setUsers] = useState<SimUser[]>([]);
  const [queues, setQueues] = useState<SimQueue[]>([]);
  const [deployments, setDeployments] = useState<SimDeployment[]>([]);
  const [agentId, setAgentId] = useState<string>('');
  const [language, setLanguage] = useState<Language>('en');
  const [clientUrl, setClientUrl] = useState<string | null>(null);
  const [secondUrl, setSecondUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    sim.directory().then(
      (directory) => {
        setUsers(directory.users);
        setQueues(directory.queues);
        setDeployments(directory.deployments ?? []);
        setAgentId((current) => (current === '' ? (directory.users[0]?.id ?? '') : current));
      },
      (caught: unknown) => {
        setError(
          `The simulator at ${platformBaseUrl} did not answer: ${(caught as Error).message}`,
        );
      },
    );
  }, [sim, platformBaseUrl]);

  // Each client gets its own token for the same agent, as two devices would.
  useEffect(() => {
    if (agentId === '') return;
    let live = true;
    const origin = window.location.origin;
    Promise.all([sim.login(agentId), sim.login(agentId)])
      .then(async ([first, second]) => {
        // Chats route only to agents On Queue: the demo starts there so the first chat alerts.
        await sim.goOnQueue(agentId, first.access_token);
        return [first, second] as const;
      })
      .then(
        ([first, second]) => {
          if (!live) return;
          setClientUrl(standaloneUrl(origin, platformBaseUrl, language, first));
          setSecondUrl(standaloneUrl(origin, platformBaseUrl, language, second));
        },
        (caught: unknown) => {
          if (live) setError((caught as Error).message);
        },
      );
    return () => {
      live = false;
    };
  }, [sim, agentId, language, platformBaseUrl]);

  return (
    <div className="slds-p-around_small">
      <header className="slds-m-bottom_small">
        <h1 className="slds-text-heading_medium">ACD chat agent client — demo</h1>
        <p className="slds-text-color_weak">
          Simulator: <code>{platformBaseUrl}</code>
        </p>
      </header>
      <p className="slds-m-bottom_small">
        Try this: press <strong>Start chat</strong>, then <strong>Pick up</strong> in the agent
        client, open <strong>Chat</strong> and reply, <strong>Disconnect</strong>, pick a wrap-up
        code and press <strong>Done</strong>. Then open a second client of the same agent and see a
        chat ring in one place only.
      </p>
      {error !== null && (
        <p role="alert" className="slds-text-color_error">
          {error}
        </p>
      )}
      <div className="slds-grid slds-gutters slds-wrap">
        <div className="slds-col slds-size_1-of-1 slds-medium-size_1-of-3">
          <section aria-labelledby="agent-title" className="slds-card slds-p-around_small">
            <h2 id="agent-title" className="slds-text-heading_small slds-m-bottom_small">
              Agent
            </h2>
            <Select
              id="demo-agent"
              label="Signed-in agent"
              value={agentId}
              onValueChange={setAgentId}
            >
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.admin ? `${u.name} (admin)` : u.name}
                </option>
              ))}
            </Select>
            <Select
              id="demo-language"
              label="Client language"
              value={language}
              onValueChange={(value) => {
                setLanguage(value === 'ja' ? 'ja' : 'en');
              }}
            >
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </Select>
            {secondUrl !== null && (
              <p className="slds-m-top_small">
                <a href={secondUrl} target="_blank" rel="noopener noreferrer">
                  Open a second client of the same agent
                </a>
              </p>
            )}
          </section>
          {queues.length > 0 && (
            <CustomerPanel
              sim={sim}
              queues={queues}
              deployments={deployments}
              language={language}
            />
          )}
        </div>
        <div className="slds-col slds-size_1-of-1 slds-medium-size_2-of-3">
          {clientUrl !== null && (
            <iframe
              key={clientUrl}
              title="Agent client"
              src={clientUrl}
              style={{ width: '100%', height: '85vh', border: '1px solid #c9c9c9' }}
            />
          )}
        </div>
      </div>
    </div>
  );
}
