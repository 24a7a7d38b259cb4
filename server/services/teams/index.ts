// Teams (routing pools): create, edit, members, (de)activate, list, get. Scoped by workspaceId.
export { getTeam, listTeams, type TTeamMemberView, type TTeamView } from "./read-teams";
export { addRepToTeam, removeRepFromTeam, setTeamMembers } from "./team-members";
export { createTeam, setTeamActive, updateTeam } from "./write-team";
