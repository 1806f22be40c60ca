import { createRoute, z } from '@hono/zod-openapi';
import { CreateMember, CreateTeam, MemberToken } from '../../../shared/contracts/handoff.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } }, description,
});
const ErrorBody = z.object({ error: z.string() });

export const createTeamRoute = createRoute({
  method: 'post', path: '/teams', tags: ['teams'],
  summary: 'Create a team and its first lead; returns the lead token (shown once)',
  request: { body: { content: { 'application/json': { schema: CreateTeam } }, required: true } },
  responses: { 201: json(MemberToken, 'team created'), 400: json(ErrorBody, 'invalid body') },
});

export const createMemberRoute = createRoute({
  method: 'post', path: '/teams/members', tags: ['teams'], security: [{ bearer: [] }],
  summary: "Add a member to the caller's team (leads only); returns the member token (shown once)",
  request: { body: { content: { 'application/json': { schema: CreateMember } }, required: true } },
  responses: {
    201: json(MemberToken, 'member created'), 400: json(ErrorBody, 'invalid body'),
    401: json(ErrorBody, 'no valid token'), 403: json(ErrorBody, 'not a lead'),
  },
});
