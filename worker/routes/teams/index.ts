import { ApiRoutes } from '../api-routes.ts';
import { anonymousLimit } from '../../auth.ts';
import * as h from './handlers.ts';
import * as r from './routes.ts';

export const teams = new ApiRoutes();
teams.post('/teams', anonymousLimit);
teams.post('/invites/accept', anonymousLimit);
teams.openapi(r.createTeamRoute, h.createTeam);
teams.openapi(r.createMemberRoute, h.createMember);
teams.openapi(r.listMembersRoute, h.listMembers);
teams.openapi(r.revokeMemberRoute, h.revokeMember);
teams.openapi(r.createInviteRoute, h.createInvite);
teams.openapi(r.acceptInviteRoute, h.acceptInvite);
teams.openapi(r.meRoute, h.me);
