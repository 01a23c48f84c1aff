// Pornhub: a protected platform, from PLATFORMS-AND-INTERCEPTION.md §1.
import type { Site } from '../types.ts';

export const pornhub: Site = {
  id: 'pornhub',
  name: 'Pornhub',
  domains: ['pornhub.com', 'mainhub.com'],
  notes:
    'Tube and model uploader. A Dropzone-style hidden input behind an upload button; the uploader runs on pornhub.mainhub.com.',
};
