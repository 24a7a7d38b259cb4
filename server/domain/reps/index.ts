// Reps and teams: pure schemas and helpers shared by the forms, the API and the services.
export * from "./describe-availability";
export * from "./issues-to-details";
export * from "./rep-options";
export * from "./rep-profile-input";
export * from "./tags";
export * from "./team-input";
export * from "./time-off";
export * from "./time-zone";
export * from "./working-hours";
export * from "./zoned-time";
