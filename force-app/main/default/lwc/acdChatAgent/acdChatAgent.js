// The utility-bar shell: loads the client bundle from the static resource, mounts it into a
// manual-DOM element and hands it the Salesforce CrmAdapter. Light DOM, so the page's SLDS
// styles reach the React tree and the bundle ships no CSS.
import { LightningElement, api, wire } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import { CurrentPageReference, NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { EnclosingUtilityId } from 'lightning/platformUtilityBarApi';
import { graphql } from 'lightning/graphql';
import USER_LANGUAGE from '@salesforce/i18n/lang';
import USER_LOCALE from '@salesforce/i18n/locale';
import CLIENT_BUNDLE from '@salesforce/resourceUrl/acdChatClient';
import { labelsFor, resolveLanguage } from './labels';
import { PEOPLE_BY_EMAIL, createPeopleSearch } from './peopleSearch';
import { createSalesforceCrm } from './salesforceCrm';

// The one global the bundle defines (its IIFE name).
const CLIENT_GLOBAL = 'AcdChatClient';

const DEFAULTS = {
  callLogging: false,
  autoAnswer: false,
  ringing: true,
  defaultLanguage: 'auto',
  platformBaseUrl: '',
  oauthClientId: '',
  signIn: 'oauth',
  loginBaseUrl: '',
  callbackUrl: '',
};

// How agents sign in: the platform's login in a popup (oauth) or the simulator's user picker
// (simulator, for demo orgs). Anything else is the admin's typo: the bundle then says so.
const SIGN_IN_MODES = ['oauth', 'simulator'];

// App Builder hands Booleans as booleans, but markup and older pages may pass strings.
function toBoolean(value, fallback) {
  if (value === undefined || value === null || value === '') {
    return fallback;
  }
  return value === true || value === 'true';
}

function warn(message, error) {
  console.warn(`[acdChatAgent] ${message}`, error);
}

function toText(value) {
  return typeof value === 'string' ? value.trim() : '';
}

export default class AcdChatAgent extends NavigationMixin(LightningElement) {
  static renderMode = 'light';

  loading = true;
  loadFailed = false;
  searchVariables;

  config = { ...DEFAULTS };
  client = null;
  bundleLoaded = false;
  active = false;

  @wire(EnclosingUtilityId) utilityId;
  @wire(CurrentPageReference) pageReference;

  @wire(graphql, { query: PEOPLE_BY_EMAIL, variables: '$searchVariables' })
  receivePeople(result) {
    this.peopleSearch.receive(result || {});
  }

  peopleSearch = createPeopleSearch({
    setVariables: (variables) => {
      this.searchVariables = variables;
    },
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- a guard against a silent wire
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer),
  });

  crm = createSalesforceCrm({
    utilityId: () => this.utilityId,
    searchPeople: (email) => this.peopleSearch.search(email),
    navigate: (pageReference) => this[NavigationMixin.Navigate](pageReference),
    generateUrl: (pageReference) => this[NavigationMixin.GenerateUrl](pageReference),
    origin: () => window.location.origin,
    toast: (detail) => this.dispatchEvent(new ShowToastEvent(detail)),
    labels: () => this.labels,
    pageContext: () => this.pageReference && this.pageReference.attributes,
    locale: () => USER_LOCALE,
    warn,
  });

  @api
  get callLogging() {
    return this.config.callLogging;
  }
  set callLogging(value) {
    this.configure({ callLogging: toBoolean(value, DEFAULTS.callLogging) });
  }

  @api
  get autoAnswer() {
    return this.config.autoAnswer;
  }
  set autoAnswer(value) {
    this.configure({ autoAnswer: toBoolean(value, DEFAULTS.autoAnswer) });
  }

  @api
  get ringing() {
    return this.config.ringing;
  }
  set ringing(value) {
    this.configure({ ringing: toBoolean(value, DEFAULTS.ringing) });
  }

  /** 'auto' (the user's Salesforce language), 'en' or 'ja'. */
  @api
  get defaultLanguage() {
    return this.config.defaultLanguage;
  }
  set defaultLanguage(value) {
    this.configure({ defaultLanguage: toText(value) || DEFAULTS.defaultLanguage });
  }

  @api
  get platformBaseUrl() {
    return this.config.platformBaseUrl;
  }
  set platformBaseUrl(value) {
    this.configure({ platformBaseUrl: toText(value).replace(/\/+$/, '') });
  }

  @api
  get oauthClientId() {
    return this.config.oauthClientId;
  }
  set oauthClientId(value) {
    this.configure({ oauthClientId: toText(value) });
  }

  /** 'oauth' (the platform's login in a popup) or 'simulator' (the simulator's picker). */
  @api
  get signIn() {
    return this.config.signIn;
  }
  set signIn(value) {
    const mode = toText(value).toLowerCase() || DEFAULTS.signIn;
    this.configure({ signIn: SIGN_IN_MODES.includes(mode) ? mode : toText(value) });
  }

  /** The platform's OAuth origin; empty: login.<region> beside the API origin. */
  @api
  get loginBaseUrl() {
    return this.config.loginBaseUrl;
  }
  set loginBaseUrl(value) {
    this.configure({ loginBaseUrl: toText(value).replace(/\/+$/, '') });
  }

  /** The deployer's callback page, registered as the OAuth client's redirect URI. */
  @api
  get callbackUrl() {
    return this.config.callbackUrl;
  }
  set callbackUrl(value) {
    this.configure({ callbackUrl: toText(value) });
  }

  get language() {
    return resolveLanguage(this.config.defaultLanguage, USER_LANGUAGE);
  }

  get labels() {
    return labelsFor(this.language);
  }

  /** What the core's settings slice takes from the admin's properties. */
  get coreSettings() {
    const settings = {
      callLogging: this.config.callLogging,
      autoAnswer: this.config.autoAnswer,
      ringing: this.config.ringing,
      language: this.language,
    };
    if (this.config.platformBaseUrl !== '') {
      settings.platformBaseUrl = this.config.platformBaseUrl;
    }
    return settings;
  }

  configure(change) {
    this.config = { ...this.config, ...change };
    if (this.client && typeof this.client.changeSettings === 'function') {
      this.client.changeSettings(this.coreSettings);
    }
  }

  connectedCallback() {
    this.active = true;
    this.loadClient();
  }

  renderedCallback() {
    this.mountClient();
  }

  disconnectedCallback() {
    this.active = false;
    this.peopleSearch.cancelAll();
    const client = this.client;
    this.client = null;
    if (client) {
      // Stops the core (socket closed, timers cleared) and unmounts React.
      Promise.resolve(client.unmount()).catch((error) => warn('Unmounting failed', error));
    }
  }

  async loadClient() {
    try {
      await loadScript(this, CLIENT_BUNDLE);
      this.bundleLoaded = true;
    } catch (error) {
      this.fail('The client bundle did not load', error);
      return;
    }
    this.loading = false;
    this.mountClient();
  }

  mountClient() {
    if (!this.active || !this.bundleLoaded || this.client || this.loadFailed) {
      return;
    }
    const container = this.querySelector('[data-id="client"]');
    const namespace = window[CLIENT_GLOBAL];
    if (!container) {
      return;
    }
    if (!namespace || typeof namespace.mount !== 'function') {
      this.fail(`The bundle did not define ${CLIENT_GLOBAL}.mount`);
      return;
    }
    try {
      this.client = namespace.mount(container, {
        settings: this.coreSettings,
        // Read once at mount: App Manager reloads the utility item when an admin saves.
        oauthClientId: this.config.oauthClientId,
        signIn: this.config.signIn,
        loginBaseUrl: this.config.loginBaseUrl,
        callbackUrl: this.config.callbackUrl,
        crm: this.crm,
        host: 'salesforce',
        // The tone needs a click in the page first; until then the ring is a sticky toast.
        alertUnheard: (title, message) =>
          this.dispatchEvent(
            new ShowToastEvent({ title, message, variant: 'warning', mode: 'sticky' }),
          ),
      });
    } catch (error) {
      this.fail('The client could not start', error);
    }
  }

  fail(message, error) {
    this.loading = false;
    this.loadFailed = true;
    warn(message, error);
  }
}
