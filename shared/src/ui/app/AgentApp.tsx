// The whole client layout: status, notices, the interaction list, the wrap-up panel, the
// interaction window, and the admin panel for admins. Each part reads its own state, and a
// failure in one stays in it (RegionBoundary).
import IconSettings from '@salesforce/design-system-react/components/icon-settings';
import { useAppSelector } from '../../app/hooks';
import type { InstallSettingsStore } from '../../ports/installSettingsStore';
import { AdminPanel } from '../admin/AdminPanel';
import { selectIsAdmin } from '../admin/adminSelectors';
import { InteractionList } from '../list/InteractionList';
import { NoticeList } from '../notices/NoticeList';
import { StatusBar } from '../status/StatusBar';
import { InteractionWindow } from '../window/InteractionWindow';
import { WrapupPanels } from '../wrapup/WrapupPanels';
import { RegionBoundary } from './RegionBoundary';
import { useAlertRing, type AlertRingDeps } from './useAlertRing';
import { useBeforeUnloadGuard } from './useBeforeUnloadGuard';
import { useTranslate } from './useTranslate';

export interface AgentAppProps {
  /** Where SLDS icon sprites are served; icons we draw ourselves are inline. */
  iconPath?: string;
  /** The ring's sound and notification; tests pass silent ones. */
  ring?: AlertRingDeps;
  /**
   * Where the host stores the install-wide settings from the client (Zendesk: the app
   * installation's settings). Without it the admin panel shows them read-only.
   */
  installSettings?: InstallSettingsStore;
}

export function AgentApp({ iconPath = '/assets/icons', ring, installSettings }: AgentAppProps) {
  const { t, language } = useTranslate();
  const status = useAppSelector((s) => s.session.status);
  const isAdmin = useAppSelector(selectIsAdmin);
  useBeforeUnloadGuard();
  useAlertRing(ring);
  return (
    <IconSettings iconPath={iconPath}>
      {/* A white ground whatever the host paints behind us: SLDS link colours need it for contrast. */}
      <div className="slds-scope slds-theme_default acd-app" lang={language}>
        <StatusBar />
        <main className="slds-p-around_xx-small">
          <h1 className="slds-assistive-text">{t('app.title')}</h1>
          {status === 'loading' && <p role="status">{t('app.loading')}</p>}
          <RegionBoundary region={t('notice.label')}>
            <NoticeList />
          </RegionBoundary>
          <RegionBoundary region={t('list.label')}>
            <InteractionList />
          </RegionBoundary>
          <RegionBoundary region={t('wrapup.label')}>
            <WrapupPanels />
          </RegionBoundary>
          <RegionBoundary region={t('window.label')}>
            <InteractionWindow />
          </RegionBoundary>
          {isAdmin && (
            <RegionBoundary region={t('admin.label')}>
              <AdminPanel installSettings={installSettings} />
            </RegionBoundary>
          )}
        </main>
      </div>
    </IconSettings>
  );
}
