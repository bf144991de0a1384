export { buildChaseLetter, chaseDeadline, DEFAULT_DEADLINE_DAYS, type ChaseLetter } from "./chase-letter";
export { feedbackBooks, splitFix, type FeedbackBook } from "./feedback";
