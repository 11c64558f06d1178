/** Moved to components/ui; kept as a re-export so the app pages importing it need not change at once. */
export { Page, Panel } from "../ui/page";
export { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../ui/field";
export { Done, ErrorNotice } from "../ui/notice";
