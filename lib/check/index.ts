/**
 * "Kiểm tra" (product.md, "Check this profile"): anything a user pastes — a profile or chat link, a phone, a bank
 * account, a name or a message — recognised by its shape and checked against the directory, with reasons.
 * Pure: the background answers `check-input` with it; tests call it directly.
 */
export { classifyInput, MAX_CHECK_TEXT, type CheckInput } from './classify';
export { checkInput, checkText, type CheckOutcome, type CheckReason, type CheckResult } from './check';
