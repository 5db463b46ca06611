// Turns the core's InteractionLog into the fields of a Salesforce Task. Kept apart from the
// adapter so the field mapping is read (and tested) in one place.

// Salesforce's field limits: longer values make createRecord fail outright.
const SUBJECT_MAX = 255;
const DISPOSITION_MAX = 255;
const DESCRIPTION_MAX = 32000;

// Tasks attach people (Contact, Lead) through WhoId and everything else through WhatId.
const WHO_KINDS = new Set(['Contact', 'Lead']);

function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function pad(value) {
  return String(value).padStart(2, '0');
}

/** The agent's calendar day when the chat ended: ActivityDate is a date, not a time. */
export function activityDate(isoTime) {
  const at = new Date(isoTime);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function customerLine(customer) {
  return customer.email ? `${customer.name} <${customer.email}>` : customer.name;
}

function describe(log, words) {
  const header = [
    `${words.customer}: ${customerLine(log.customer)}`,
    `${words.queue}: ${log.queue.name}`,
    `${words.agent}: ${log.agentName}`,
    `${words.started}: ${log.startTime}`,
    log.connectedTime ? `${words.connected}: ${log.connectedTime}` : null,
    `${words.ended}: ${log.endTime}`,
    `${words.duration}: ${Math.round(log.durationSeconds)}`,
    `${words.wrapup}: ${log.wrapupCode.name}`,
    '',
    `${words.notes}:`,
    log.notes.trim() === '' ? '-' : log.notes,
    '',
    `${words.transcript}:`,
  ]
    .filter((line) => line !== null)
    .join('\n');
  const transcript = log.transcript
    // System lines (joined, left) have no speaker: no empty "name:" before them.
    .map((line) => `[${line.at}] ${line.name === '' ? line.text : `${line.name}: ${line.text}`}`)
    .join('\n');
  const full = `${header}\n${transcript}`;
  if (full.length <= DESCRIPTION_MAX) {
    return full;
  }
  // Notes and header matter more than the oldest transcript lines.
  const room = DESCRIPTION_MAX - header.length - words.truncated.length - 2;
  return `${header}\n${words.truncated}\n${transcript.slice(Math.max(0, transcript.length - room))}`;
}

/**
 * The Task fields for a finished chat. TaskSubtype can only be set when the Task is created,
 * so `forUpdate` leaves it out.
 */
export function taskFields(log, labels, { forUpdate = false } = {}) {
  const fields = {
    Subject: clip(labels.taskSubject(log.customer.name, log.wrapupCode.name), SUBJECT_MAX),
    Description: describe(log, labels.description),
    ActivityDate: activityDate(log.endTime),
    Status: 'Completed',
    CallDisposition: clip(log.wrapupCode.name, DISPOSITION_MAX),
    CallDurationInSeconds: Math.max(0, Math.round(log.durationSeconds)),
  };
  const record = log.relatedRecord;
  if (record) {
    if (WHO_KINDS.has(record.kind)) {
      fields.WhoId = record.id;
    } else {
      fields.WhatId = record.id;
    }
  }
  if (!forUpdate) {
    fields.TaskSubtype = 'Call';
  }
  return fields;
}
