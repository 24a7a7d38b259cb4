// Pure editor operations on a form definition and its scoring model (see each file).
export * from "./editor-state";
export * from "./field-types";
export * from "./field-ops";
export * from "./step-ops";
export * from "./option-ops";
export * from "./logic-ops";
export * from "./scoring-ops";
export * from "./history";
export * from "./field-key-ops";
export * from "./outcome-ops";
export * from "./key-after-relabel";
