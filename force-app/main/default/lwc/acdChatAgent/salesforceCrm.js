// The core's CrmAdapter for Salesforce. It only translates: attention -> utility bar,
// screen pop -> GraphQL search + navigation, interaction log -> Task (through Apex). The component supplies
// what needs its own context (wires, NavigationMixin, toasts) through `host`.
import { open, updateUtility } from 'lightning/platformUtilityBarApi';
import { utilityLabel } from './labels';
import { taskFields } from './taskRecord';
import { saveTask } from './callLogApex';

function recordPage(record) {
  return {
    type: 'standard__recordPage',
    attributes: { recordId: record.id, objectApiName: record.kind, actionName: 'view' },
  };
}

function newContactPage(customer) {
  const [firstName, ...rest] = customer.name.trim().split(/\s+/);
  const defaults = [
    rest.length > 0 ? `FirstName=${encodeURIComponent(firstName)}` : null,
    `LastName=${encodeURIComponent(rest.length > 0 ? rest.join(' ') : firstName)}`,
    customer.email ? `Email=${encodeURIComponent(customer.email)}` : null,
  ].filter((value) => value !== null);
  return {
    type: 'standard__objectPage',
    attributes: { objectApiName: 'Contact', actionName: 'new' },
    state: { defaultFieldValues: defaults.join(',') },
  };
}

/** The first readable message of an Apex or UI API error (their shapes vary by failure). */
export function errorMessage(error, fallback) {
  const body = error && error.body;
  const fromBody = Array.isArray(body) ? body[0] && body[0].message : body && body.message;
  const output = body && body.output;
  const fromOutput =
    output &&
    ((output.errors && output.errors[0] && output.errors[0].message) ||
      Object.values(output.fieldErrors || {}).flat()[0]?.message);
  const text = fromOutput || fromBody || (error && error.message);
  return typeof text === 'string' && text.trim() !== '' ? text : fallback;
}

export function createSalesforceCrm(host) {
  // Task ids by conversation, besides the core's copy: a log retried before the core
  // recorded the first success must still update, not duplicate.
  const taskIds = new Map();
  let shown = { label: null, highlighted: null };
  let lastAlerting = 0;

  function warn(message, error) {
    host.warn(message, error);
  }

  async function absoluteUrl(pageReference) {
    const url = await host.generateUrl(pageReference);
    return new URL(url, host.origin()).href;
  }

  async function asRecord(person, labels) {
    const kindLabel = labels.recordKind[person.kind] ?? person.kind;
    const detail = person.email ? ` · ${person.email}` : '';
    let url;
    try {
      url = await absoluteUrl(recordPage(person));
    } catch (error) {
      warn('Could not build the record URL', error);
    }
    return {
      id: person.id,
      kind: person.kind,
      label: `${person.name} (${kindLabel}${detail})`,
      ...(url ? { url } : {}),
    };
  }

  async function offerNewContact(customer, labels) {
    let url;
    try {
      url = await absoluteUrl(newContactPage(customer));
    } catch (error) {
      warn('Could not build the new Contact URL', error);
      return;
    }
    host.toast({
      title: labels.noMatchTitle(customer.email || customer.name),
      message: labels.noMatchMessage,
      messageData: [{ url, label: labels.createContact }],
      variant: 'info',
      mode: 'sticky',
    });
  }

  async function writeTask(log, labels) {
    const existingId = log.existingRecordId ?? taskIds.get(log.conversationId);
    const fields = taskFields(log, labels, { forUpdate: Boolean(existingId) });
    const savedId = await saveTask(existingId, fields);
    if (typeof savedId !== 'string' || savedId === '') {
      throw new Error(labels.unknownError);
    }
    return savedId;
  }

  return {
    async screenPop(customer) {
      const labels = host.labels();
      if (!customer.email) {
        await offerNewContact(customer, labels);
        return { kind: 'none' };
      }
      const people = await host.searchPeople(customer.email);
      if (people.length === 0) {
        await offerNewContact(customer, labels);
        return { kind: 'none' };
      }
      const records = await Promise.all(people.map((person) => asRecord(person, labels)));
      if (records.length === 1) {
        host.navigate(recordPage(records[0]));
        return { kind: 'opened', record: records[0] };
      }
      return { kind: 'choose', records };
    },

    async logInteraction(log) {
      const labels = host.labels();
      let recordId;
      try {
        recordId = await writeTask(log, labels);
      } catch (error) {
        host.toast({
          title: labels.logFailedTitle,
          message: labels.logFailedMessage(errorMessage(error, labels.unknownError)),
          variant: 'error',
        });
        // The core keeps the log in its outbox and calls again.
        throw error;
      }
      taskIds.set(log.conversationId, recordId);
      let url;
      try {
        url = await absoluteUrl(recordPage({ id: recordId, kind: 'Task' }));
      } catch (error) {
        warn('Could not build the Task URL', error);
      }
      host.toast({
        title: labels.loggedTitle,
        message: url ? labels.loggedMessage : labels.loggedTitle,
        ...(url ? { messageData: [{ url, label: labels.openTask }] } : {}),
        variant: 'success',
      });
      return { recordId };
    },

    setAttention({ alerting, unread, ring }) {
      const utilityId = host.utilityId();
      if (!utilityId) {
        // Outside a utility bar (an app page, a test harness): nothing to highlight.
        lastAlerting = alerting;
        return;
      }
      const label = utilityLabel(host.labels(), alerting, unread);
      const highlighted = alerting + unread > 0;
      if (label !== shown.label || highlighted !== shown.highlighted) {
        shown = { label, highlighted };
        updateUtility(utilityId, { label, highlighted }).catch((error) =>
          warn('Could not update the utility item', error),
        );
      }
      // Only a newly alerting chat opens the panel, and only in the client that rings.
      if (ring && alerting > lastAlerting) {
        open(utilityId, { autoFocus: true }).catch((error) =>
          warn('Could not open the utility panel', error),
        );
      }
      lastAlerting = alerting;
    },

    async currentContext() {
      const page = host.pageContext();
      const context = { locale: host.locale() };
      if (page && page.recordId && page.objectApiName) {
        context.record = { id: page.recordId, kind: page.objectApiName, label: page.objectApiName };
      }
      return context;
    },
  };
}
