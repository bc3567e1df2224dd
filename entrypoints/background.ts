export default defineBackground(() => {
  // Filled in by the passive-warnings work: the directory store and the message protocol.
});
