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

/**
 * The core renders the log as text in the agent's language; the Task only fits it into the
 * Description. Summary and notes matter more than the oldest transcript lines.
 */
function describe(text, truncated) {
  if (text.full.length <= DESCRIPTION_MAX) {
    return text.full;
  }
  const head = `${text.summary}\n\n${text.transcriptHeading}\n${truncated}\n`;
  const room = Math.max(0, DESCRIPTION_MAX - head.length);
  return `${head}${text.transcript.slice(Math.max(0, text.transcript.length - room))}`;
}

/**
 * The Task fields for a finished chat. TaskSubtype can only be set when the Task is created,
 * so `forUpdate` leaves it out.
 */
export function taskFields(log, labels, { forUpdate = false } = {}) {
  const fields = {
    Subject: clip(labels.taskSubject(log.customer.name, log.wrapupCode.name), SUBJECT_MAX),
    Description: describe(log.text, labels.truncated),
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
