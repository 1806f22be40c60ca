import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { requireMember } from '../../auth.ts';
import { validationHook } from '../../validation-hook.ts';
import { createMember, createTeam } from './handlers.ts';
import { createMemberRoute, createTeamRoute } from './routes.ts';

export const teams = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
teams.use('/teams/members', requireMember('lead'));
teams.openapi(createTeamRoute, createTeam);
teams.openapi(createMemberRoute, createMember);
