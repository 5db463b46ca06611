// The simulator's user picker: lists its agents (GET /sim/users) and signs in as the chosen
// one (POST /sim/login). A plain form: radio buttons in a fieldset, one submit button.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Language } from '../features/settings/settingsSlice';
import { RadioGroup } from '../ui/controls/RadioGroup';
import { embedText } from './embedText';
import type { PlatformSession } from './implicitGrant';
import { listSimulatorAgents, signInToSimulator, type SimulatorAgent } from './simulatorSignIn';

export interface SimulatorSignInProps {
  platformBaseUrl: string;
  language: Language;
  onSignedIn: (session: PlatformSession, agent: SimulatorAgent) => void;
  /** Shown above the form, e.g. why the agent has to sign in again. */
  notice?: string;
  fetch?: typeof fetch;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; agents: SimulatorAgent[] }
  | { kind: 'failed'; message: string };

export function SimulatorSignIn({
  platformBaseUrl,
  language,
  onSignedIn,
  notice,
  fetch: fetchImpl = fetch,
}: SimulatorSignInProps) {
  const t = (key: Parameters<typeof embedText>[1], params?: Record<string, string>) =>
    embedText(language, key, params);
  const titleId = useId();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadAgents = useCallback(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    listSimulatorAgents(platformBaseUrl, fetchImpl).then(
      (agents) => {
        if (!live) return;
        setLoad({ kind: 'ready', agents });
        setChosen((current) => current ?? agents[0]?.id ?? null);
      },
      (caught: unknown) => {
        if (live) setLoad({ kind: 'failed', message: (caught as Error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [platformBaseUrl, fetchImpl]);

  useEffect(loadAgents, [loadAgents]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (load.kind !== 'ready') return;
    const agent = load.agents.find((a) => a.id === chosen);
    if (agent === undefined) return;
    setBusy(true);
    setError(null);
    signInToSimulator(platformBaseUrl, agent.id, { fetch: fetchImpl }).then(
      (session) => {
        onSignedIn(session, agent);
      },
      (caught: unknown) => {
        setBusy(false);
        setError(t('signIn.failed', { detail: (caught as Error).message }));
      },
    );
  };

  return (
    <form
      className="slds-box slds-theme_default slds-m-around_medium"
      aria-labelledby={titleId}
      onSubmit={submit}
      lang={language}
    >
      <h1 id={titleId} className="slds-text-heading_medium slds-m-bottom_small">
        {t('signIn.title')}
      </h1>
      {notice !== undefined && (
        <p role="status" className="slds-text-color_weak slds-m-bottom_small">
          {notice}
        </p>
      )}
      {load.kind === 'loading' && <p role="status">{t('signIn.loading')}</p>}
      {load.kind === 'failed' && (
        <div role="alert" className="slds-text-color_error">
          <p>{t('signIn.unreachable', { url: platformBaseUrl, detail: load.message })}</p>
          <button type="button" className="slds-button slds-button_neutral" onClick={loadAgents}>
            {t('signIn.retry')}
          </button>
        </div>
      )}
      {load.kind === 'ready' && load.agents.length === 0 && <p>{t('signIn.noUsers')}</p>}
      {load.kind === 'ready' && load.agents.length > 0 && (
        <RadioGroup
          legend={t('signIn.simulatorUsers', { url: platformBaseUrl })}
          name="agent"
          options={load.agents.map((agent) => ({
            value: agent.id,
            label: `${agent.name} (${agent.email})${agent.admin ? ` · ${t('signIn.admin')}` : ''}`,
          }))}
          value={chosen}
          onValueChange={setChosen}
        />
      )}
      {error !== null && (
        <p role="alert" className="slds-text-color_error slds-m-top_small">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="slds-button slds-button_brand slds-m-top_small"
        disabled={load.kind !== 'ready' || chosen === null || busy}
      >
        {busy ? t('signIn.signingIn') : t('signIn.submit')}
      </button>
    </form>
  );
}
