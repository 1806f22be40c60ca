import { createRoute, z } from '@hono/zod-openapi';
import { AcceptInvite, CreateInvite, CreateMember, CreateTeam, Invite, MemberInfo, MemberToken } from '../handoff.ts';
import { authErrors, body, err, json, members } from './helpers.ts';

const lead = { tags: ['teams'], ...members('lead') };
const leadErrors = { ...authErrors, 403: err('not a lead') };

export const createTeamRoute = createRoute({
  method: 'post',
  path: '/teams',
  tags: ['teams'],
  summary: 'Create a team and its first lead; returns the lead token (shown once)',
  request: body(CreateTeam),
  responses: { 201: json(MemberToken, 'team created'), 400: err('invalid body'), 429: err('rate limit exceeded') },
});

export const createMemberRoute = createRoute({
  method: 'post',
  path: '/teams/members',
  ...lead,
  summary: "Add a member to the caller's team (leads only); returns the member token (shown once)",
  request: body(CreateMember),
  responses: { 201: json(MemberToken, 'member created'), ...leadErrors },
});

export const listMembersRoute = createRoute({
  method: 'get',
  path: '/teams/members',
  ...lead,
  summary: "Members of the caller's team, revoked ones included (leads only)",
  responses: { 200: json(z.object({ members: z.array(MemberInfo) }), 'members'), ...leadErrors },
});

export const revokeMemberRoute = createRoute({
  method: 'delete',
  path: '/teams/members/{memberId}',
  ...lead,
  summary: "Revoke a member's token at once (leads only)",
  request: { params: z.object({ memberId: z.string().uuid() }) },
  responses: { 204: { description: 'revoked' }, 404: err('no such member in this team'), 409: err('the last lead cannot be revoked'), ...leadErrors },
});

export const createInviteRoute = createRoute({
  method: 'post',
  path: '/teams/invites',
  ...lead,
  summary: 'Create a one-time invite code for a role (leads only)',
  request: body(CreateInvite),
  responses: { 201: json(Invite, 'invite created'), ...leadErrors },
});

export const acceptInviteRoute = createRoute({
  method: 'post',
  path: '/invites/accept',
  tags: ['teams'],
  summary: 'Trade an invite code for a member token (the code works once)',
  request: body(AcceptInvite),
  responses: {
    201: json(MemberToken, 'member created'),
    400: err('invalid body'),
    404: err('invite unknown, used or expired'),
    429: err('rate limit exceeded'),
  },
});

export const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['teams'],
  ...members(),
  summary: 'Who the token belongs to',
  responses: {
    200: json(z.object({ memberId: z.string(), teamId: z.string(), name: z.string(), role: MemberToken.shape.role }), 'the caller'),
    ...authErrors,
  },
});
