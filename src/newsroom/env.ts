/** The env of the newsroom app and of every screen's sub-app: the site's, plus who is signed in. */
import type { AppEnv } from '../env';
import type { EditorIdentity } from '../middleware/editor-auth';
import type { SignedInPerson } from './sessions';

export type NewsroomEnv = {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & {
    person: SignedInPerson;
    /** The person's editor identity, read once per request by personIdentity (identity.ts). */
    identity?: Promise<EditorIdentity>;
  };
};
