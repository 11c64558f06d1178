/** Moved to components/ui; kept as a re-export so the app pages importing it need not change at once. */
export { Field, SubmitButton } from "../ui/field";
export { Notice } from "../ui/notice";
