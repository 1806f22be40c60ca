import * as r from '../../../shared/contracts/api/teams.ts';
import { guard, routeGroup } from '../group.ts';
import * as h from './handlers.ts';

export const teams = routeGroup()
  .openapi(guard(r.createTeamRoute), h.createTeam)
  .openapi(guard(r.createMemberRoute), h.createMember)
  .openapi(guard(r.listMembersRoute), h.listMembers)
  .openapi(guard(r.revokeMemberRoute), h.revokeMember)
  .openapi(guard(r.createInviteRoute), h.createInvite)
  .openapi(guard(r.acceptInviteRoute), h.acceptInvite)
  .openapi(guard(r.meRoute), h.me);
