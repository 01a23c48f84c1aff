/**
 * Neutral file names. Camera and phone names carry the date and time (IMG_20240301_140233),
 * device names, and sometimes the person's real name ("Jane Smith selfie.jpg"), so cleaned
 * files are called photo-1.jpg, photo-2.heic, video-1.mp4 for the life of the page.
 */
export class NeutralNames {
  private readonly counters = { photo: 0, video: 0, file: 0 };

  next(media: 'photo' | 'video' | 'file', ext: string): string {
    this.counters[media] += 1;
    const safeExt = /^[a-z0-9]{1,5}$/.test(ext) ? ext : 'bin';
    return `${media}-${this.counters[media]}.${safeExt}`;
  }
}

/** The lower-case extension of a name ('' when it has none or an odd one). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}
