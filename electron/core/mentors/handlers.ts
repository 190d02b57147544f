import { getSettings } from '../settings/settings';
import type { Handlers } from '../operation';
import { addGive, deleteGive, deleteInteraction, logInteraction } from './contact-log';
import type { mentorsContract } from './contract';
import { overdueToReconnect } from './health';
import {
  createMentor,
  deleteMentor,
  getMentorDetail,
  listMentors,
  mentorDeletionImpact,
  mentorsWithSameName,
  setMentorArchived,
  updateMentor,
} from './mentors';

export const mentorsHandlers: Handlers<typeof mentorsContract> = {
  'mentors.list': (ctx, options) => listMentors(ctx.db, options, ctx.now()),
  'mentors.get': (ctx, { id, listLimit, timeZone }) => getMentorDetail(ctx.db, id, ctx.now(), listLimit, timeZone),
  'mentors.create': (ctx, values) =>
    createMentor(ctx.db, { ...values, keepInTouchCadenceDays: values.keepInTouchCadenceDays ?? getSettings(ctx.db).defaultCadenceDays }, ctx.now()),
  'mentors.update': (ctx, { id, changes }) => updateMentor(ctx.db, id, changes, ctx.now()),
  'mentors.archive': (ctx, { id }) => setMentorArchived(ctx.db, id, true, ctx.now()),
  'mentors.restore': (ctx, { id }) => setMentorArchived(ctx.db, id, false, ctx.now()),
  'mentors.deletionImpact': (ctx, { id }) => mentorDeletionImpact(ctx.db, id),
  'mentors.delete': (ctx, { id }) => deleteMentor(ctx.db, id),
  'mentors.sameName': (ctx, { name, excludeId }) => mentorsWithSameName(ctx.db, name, excludeId),
  'mentors.overdueToReconnect': (ctx) => overdueToReconnect(ctx.db, ctx.now()),
  'interactions.log': (ctx, values) => logInteraction(ctx.db, values, ctx.now()),
  'interactions.delete': (ctx, { id }) => (deleteInteraction(ctx.db, id), null),
  'gives.add': (ctx, values) => addGive(ctx.db, values, ctx.now()),
  'gives.delete': (ctx, { id }) => (deleteGive(ctx.db, id), null),
};
