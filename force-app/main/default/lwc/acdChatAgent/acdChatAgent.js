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

function warn(message, error) {
  console.warn(`[acdChatAgent] ${message}`, error);
}

export default class AcdChatAgent extends NavigationMixin(LightningElement) {
  static renderMode = 'light';

  loading = true;
  loadFailed = false;
  searchVariables;

  // The design properties as App Builder set them, raw: the bundle cleans them with the
  // core's rules (trim, "true"/"false", defaults, URLs), the same as every other host's.
  config = {};
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
    this.configure({ callLogging: value });
  }

  @api
  get autoAnswer() {
    return this.config.autoAnswer;
  }
  set autoAnswer(value) {
    this.configure({ autoAnswer: value });
  }

  @api
  get ringing() {
    return this.config.ringing;
  }
  set ringing(value) {
    this.configure({ ringing: value });
  }

  /** 'auto' (the user's Salesforce language), 'en' or 'ja'. */
  @api
  get defaultLanguage() {
    return this.config.defaultLanguage;
  }
  set defaultLanguage(value) {
    this.configure({ defaultLanguage: value });
  }

  @api
  get platformBaseUrl() {
    return this.config.platformBaseUrl;
  }
  set platformBaseUrl(value) {
    this.configure({ platformBaseUrl: value });
  }

  @api
  get oauthClientId() {
    return this.config.oauthClientId;
  }
  set oauthClientId(value) {
    this.configure({ oauthClientId: value });
  }

  /** 'oauth' (the platform's login in a popup) or 'simulator' (the simulator's picker). */
  @api
  get signIn() {
    return this.config.signIn;
  }
  set signIn(value) {
    this.configure({ signIn: value });
  }

  /** The platform's OAuth origin; empty: login.<region> beside the API origin. */
  @api
  get loginBaseUrl() {
    return this.config.loginBaseUrl;
  }
  set loginBaseUrl(value) {
    this.configure({ loginBaseUrl: value });
  }

  /** The deployer's callback page, registered as the OAuth client's redirect URI. */
  @api
  get callbackUrl() {
    return this.config.callbackUrl;
  }
  set callbackUrl(value) {
    this.configure({ callbackUrl: value });
  }

  get language() {
    return resolveLanguage(this.config.defaultLanguage, USER_LANGUAGE);
  }

  get labels() {
    return labelsFor(this.language);
  }

  configure(change) {
    this.config = { ...this.config, ...change };
    if (this.client && typeof this.client.changeProperties === 'function') {
      this.client.changeProperties(this.config);
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
        // Raw; the sign-in fields are read once at mount: App Manager reloads the utility
        // item when an admin saves.
        properties: this.config,
        userLanguage: USER_LANGUAGE,
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
