/**
 * Which buttons a person gets on a story, and what each one does. `allowedStoryActions` is
 * THE rule for the buttons: it asks the editor API's own guards (canEditGuard, the editor
 * role the lifecycle routes require) and the publishing path's state rules, so a button is
 * shown exactly when the matching API call would succeed (tests/worker/newsroom-editor-actions).
 */
import { hasRole, type EditorIdentity } from '../middleware/editor-auth';
import { canEditGuard } from '../routes/editor/access';
import type { ArticleState } from '../publishing';

export const STORY_ACTIONS = ['save', 'preview', 'publish', 'schedule', 'unpublish', 'trash', 'restore'] as const;
export type StoryAction = (typeof STORY_ACTIONS)[number];

export const STORY_ACTION_LABELS: Record<StoryAction, string> = {
  save: 'Save',
  preview: 'Preview',
  publish: 'Publish',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  trash: 'Move to trash',
  restore: 'Restore from trash',
};

/** Whether canEditGuard (the API's PATCH guard) lets this identity change the story. */
function mayEdit(identity: EditorIdentity, story: ArticleState): boolean {
  try {
    canEditGuard(identity)(story);
    return true;
  } catch {
    return false;
  }
}

/**
 * The actions `identity` may take on `story`, in button order. Mirrors the API:
 * - save (PATCH): canEditGuard, and updateArticle refuses a story in the trash;
 * - preview saves first, so it follows save;
 * - publish/schedule, unpublish, trash, restore: editor role (requireRole), then the
 *   state rules of src/publishing/transitions.ts.
 */
export function allowedStoryActions(identity: EditorIdentity, story: ArticleState): StoryAction[] {
  const inTrash = story.deletedAt !== null;
  const canSave = !inTrash && mayEdit(identity, story);
  const editor = hasRole(identity.role, 'editor');
  const allowed: Record<StoryAction, boolean> = {
    save: canSave,
    preview: canSave,
    publish: editor && !inTrash && story.status !== 'published',
    schedule: editor && !inTrash && story.status !== 'published',
    unpublish: editor && (story.status === 'published' || story.status === 'scheduled'),
    trash: editor && !inTrash,
    restore: editor && inTrash,
  };
  return STORY_ACTIONS.filter((action) => allowed[action]);
}

/** Actions on a story that does not exist yet: everyone who may create may save a draft. */
export const NEW_STORY_ACTIONS: StoryAction[] = ['save'];
