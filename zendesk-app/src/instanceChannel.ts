// Which BroadcastChannel joins the one core of this browser and every view of the app. All
// locations of the app, in every Zendesk tab, are served from the app's one origin, so one
// fixed name reaches them all; the background that holds the leader lock (leadership.ts)
// answers on it, the other tabs' backgrounds stay quiet until they inherit the lock.
export const CORE_CHANNEL = 'acd-zendesk:core';
