// Call logging through Apex: the User Interface API does not support Task, so
// lightning/uiRecordApi cannot write it. AcdCallLogController.saveCallLog creates the Task
// (taskId null) or updates the one written before, in the agent's user mode.
import saveCallLog from '@salesforce/apex/AcdCallLogController.saveCallLog';

/** taskFields' Task fields as the controller's CallLog (Status and subtype are its own). */
export function callLogInput(fields) {
  return {
    subject: fields.Subject,
    description: fields.Description,
    activityDate: fields.ActivityDate,
    callDisposition: fields.CallDisposition,
    callDurationInSeconds: fields.CallDurationInSeconds,
    whoId: fields.WhoId ?? null,
    whatId: fields.WhatId ?? null,
  };
}

/** Resolves to the Task id; rejects with Apex's error ({ body: { message } }). */
export function saveTask(taskId, fields) {
  return saveCallLog({ taskId: taskId ?? null, log: callLogInput(fields) });
}
