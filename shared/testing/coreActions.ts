// Core actions that a measurement feeds to the store directly, past the socket (the core
// benchmark's snapshot-apply figure). Product code never dispatches these from outside.
export { snapshotReceived } from '../src/features/interactions/interactionsSlice';
export { transcriptLoaded } from '../src/features/messages/messagesSlice';
