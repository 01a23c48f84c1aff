/**
 * The words Veil says inside pages and in receipts, in every language: receipt lines and
 * summaries rendered from message keys, plural forms, dates, the upload dialog and notices,
 * the text guard's popover, and the popup's upload context for tips.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluralForm, tableTranslator, type Translator } from '../../src/i18n/translator.ts';
import { parseLinesReply } from '../../src/messaging/exif-blocks.ts';
import { cleanImage } from '../../src/metadata/clean.ts';
import {
  ENGLISH,
  formatDate,
  receiptLine,
  renderLine,
  renderReceiptNotice,
  renderSummary,
  summaryParts,
} from '../../src/metadata/receipt-text.ts';
import { describeVideoPart } from '../../src/metadata/receipt-video.ts';
import type { ReceiptEntry } from '../../src/settings/receipts.ts';
import { ReceiptEntrySchema } from '../../src/settings/receipts.ts';
import {
  categoryLabel,
  markerLabel,
  popoverTitle,
  reasonLabel,
} from '../../src/text-guard/labels.ts';
import { selectTips } from '../../src/tips/index.ts';
import { en } from '../../src/ui/i18n/en.ts';
import type { UiLocale } from '../../src/ui/i18n/index.ts';
import { TABLES } from '../../src/ui/i18n/messages-json.ts';
import { uploadContext } from '../../src/ui/popup/receipts.ts';
import {
  egressDialogText,
  heldBlockedText,
  heldDialogText,
  progressText,
} from '../../src/upload/ui/texts.ts';
import { REASONS } from '../../src/scan/reasons.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { makeMp4 } from '../helpers/jpeg-fixtures.ts';
import { tempDir } from '../helpers/tools.ts';
import { cleanBatch } from '../../src/upload/batch.ts';
import { NeutralNames } from '../../src/upload/file-names.ts';

const tr = (locale: UiLocale): Translator =>
  tableTranslator(locale === 'pt' ? 'pt-BR' : locale, TABLES[locale], en);

const sample = () => new Uint8Array(readFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg')));

describe('receipt lines and summaries', () => {
  it('every line of the sample photo carries its message, and English renders to its text', async () => {
    const result = await cleanImage(sample());
    if (!result.ok) throw new Error('sample photo was not cleaned');
    const lines = [...result.removed, ...result.kept];
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) {
      expect(line.message, line.text).toBeDefined();
      expect(renderLine(line, ENGLISH)).toBe(line.text);
    }
    const ro = lines.map((line) => renderLine(line, tr('ro')));
    expect(ro).toContain('Telefon: Apple iPhone 13 Pro Max');
    expect(ro).toContain('Locație (51.632, \u22121.123)');
    expect(ro.some((l) => /^Făcută pe 1 martie 2024\D+14:02$/.test(l))).toBe(true);
    expect(ro).toContain('Orientare (rotită cu 90°)');
    const es = lines.map((line) => renderLine(line, tr('es')));
    expect(es.some((l) => /^Tomada el 1 de marzo de 2024\D+14:02$/.test(l))).toBe(true);
    expect(es).toContain('Número de serie');
  });

  it('video lines are translated too, dates in the reader’s words', () => {
    const [recorded] = describeVideoPart('date', '2024-03-01T14:02:11+0100');
    expect(recorded!.text).toBe('Recorded 1 March 2024, 14:02');
    expect(renderLine(recorded!, tr('pt'))).toMatch(/^Gravado em 1 de março de 2024.*14:02$/);
    const [track] = describeVideoPart('timed_metadata', 'gps');
    expect(renderLine(track!, tr('es'))).toBe('Pista GPS');
    expect(formatDate('2024-12-31', 'ro')).toBe('31 decembrie 2024');
    expect(formatDate('not a date', 'ro')).toBe('not a date');
  });

  it('summaries use each language’s plural forms and list words', () => {
    const dates = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        receiptLine('date', 'rl_taken', `2024-03-0${(i % 9) + 1}`),
      );
    const lines = (n: number) => [
      receiptLine('location', 'rl_location'),
      receiptLine('device', 'rl_phone', 'Apple iPhone 12'),
      ...dates(n),
    ];
    const summary = (n: number, locale: UiLocale) =>
      renderSummary(summaryParts(lines(n)), tr(locale));
    expect(summary(1, 'en')).toBe('Removed location, phone model and 1 date');
    expect(summary(1, 'ro')).toBe('Au fost eliminate: locația, modelul telefonului și 1 dată');
    expect(summary(3, 'ro')).toBe('Au fost eliminate: locația, modelul telefonului și 3 date');
    expect(summary(20, 'ro')).toBe('Au fost eliminate: locația, modelul telefonului și 20 de date');
    expect(summary(2, 'pt')).toBe('Removidos: localização, modelo do telefone e 2 datas');
    expect(summary(2, 'es')).toBe('Eliminado: ubicación, modelo del teléfono y 2 fechas');
    expect(renderSummary([], tr('es'))).toBe('No se encontró nada que te identifique');
    expect(renderReceiptNotice(21, summaryParts(lines(1)), tr('ro'))).toBe(
      '21 de fișiere curățate. Au fost eliminate: locația, modelul telefonului și 1 dată.',
    );
    expect(renderReceiptNotice(1, [], tr('en'))).toBe(
      'Cleaned 1 file. Nothing identifying was found.',
    );
    expect([1, 2, 19, 20, 101].map((n) => pluralForm('ro', n))).toEqual([
      'one',
      'few',
      'few',
      'other',
      'few',
    ]);
  });

  it('lines survive the trip from the background, and a bad message is dropped, not trusted', () => {
    const line = receiptLine('device', 'rl_camera', 'Canon EOS R5');
    expect(parseLinesReply({ ok: true, data: [line] })).toEqual([line]);
    const bad = [
      { category: 'device', text: 'x', message: { key: '<img>' } },
      { category: 'device', text: 'x', message: { key: 'rl_camera', subs: [1] } },
      { category: 'device', text: 'x', message: { key: 'rl_camera', subs: ['a', 'b', 'c', 'd'] } },
    ];
    for (const item of bad) {
      expect(parseLinesReply({ ok: true, data: [item] })).toEqual([
        { category: 'device', text: 'x' },
      ]);
    }
    // A key that is not a receipt message renders as the English text.
    expect(
      renderLine({ category: 'other', text: 'As written', message: { key: 'rl_nope' } }, tr('ro')),
    ).toBe('As written');
  });

  it('receipt entries keep the summary parts and the media; old entries still parse', () => {
    const entry = {
      at: 1,
      site: 'example.com',
      cleaned: 2,
      held: 0,
      passed: 0,
      summary: 'Removed location',
      removed: [{ part: 'location' }, { part: 'dates', count: 2 }],
      media: 'video',
    };
    expect(ReceiptEntrySchema.parse(entry)).toEqual(entry);
    const { removed: _r, media: _m, ...old } = entry;
    expect(ReceiptEntrySchema.parse(old)).toEqual(old);
    expect(ReceiptEntrySchema.safeParse({ ...entry, removed: [{ part: 'html' }] }).success).toBe(
      false,
    );
  });
});

describe('upload dialog and notices', () => {
  const held = {
    count: 3,
    reasons: ['the file could not be read', 'the APP1 length runs past the end'],
    media: 'video' as const,
  };

  it('English keeps the parser’s own reason; other languages say it in their words', () => {
    const english = heldDialogText(held, tr('en'));
    expect(english.title).toBe('Veil held back 3 videos');
    expect(english.body).toContain('Why: The file could not be read.');
    expect(english.body).toContain('Why: The APP1 length runs past the end.');
    const ro = heldDialogText(held, tr('ro'));
    expect(ro.title).toBe('Veil a oprit 3 videoclipuri');
    expect(ro.body).toContain('Motiv: Fișierul nu a putut fi citit.');
    expect(ro.body).toContain('Motiv: Veil nu a putut verifica acest fișier în siguranță.');
    expect(ro.safe).toBe('Nu încărca');
    const pt = heldDialogText(
      { count: 1, reasons: ['BMP files cannot be cleaned yet'], media: 'photo' },
      tr('pt'),
    );
    expect(pt.title).toBe('O Veil reteve esta foto');
    expect(pt.body).toContain('Motivo: O Veil ainda não consegue limpar este tipo de arquivo.');
  });

  it('blocked, egress and progress notices are translated, with plurals', () => {
    expect(heldBlockedText({ ...held, count: 1, media: 'mixed' }, tr('es'))).toBe(
      'Veil ha retenido este archivo. No se ha subido nada (tu ajuste: retenerlo siempre).',
    );
    expect(egressDialogText(tr('pt')).risky).toBe('Enviar mesmo assim');
    expect(progressText(1, tr('en'))).toBe('Veil is removing hidden details from your file…');
    expect(progressText(25, tr('ro'))).toBe('Veil elimină detaliile ascunse din 25 de fișiere…');
  });
});

describe('text guard popover', () => {
  it('says the marker, title, labels and reasons in the reader’s language', () => {
    expect(markerLabel(1)).toBe('Veil found 1 detail that could identify you');
    expect(markerLabel(2, tr('es'))).toBe('Veil ha encontrado 2 datos que podrían identificarte');
    expect(popoverTitle(1, tr('pt'))).toBe('Um detalhe pode identificar você');
    expect(popoverTitle(4, tr('ro'))).toBe('4 detalii te-ar putea identifica');
    expect(categoryLabel('postcode', tr('es'))).toBe('Código postal');
    expect(reasonLabel('postcode', REASONS.postcode, tr('ro'))).toBe(
      'Un cod poștal complet. Îți restrânge locația la câteva străzi.',
    );
    // A reason of the detector's own (not the category's) is shown as it came.
    expect(reasonLabel('postcode', 'Something else.', tr('ro'))).toBe('Something else.');
  });
});

describe('popup: what is being uploaded picks the tips', () => {
  const now = 10_000_000;
  const entry = (media: ReceiptEntry['media'], ago = 60_000): ReceiptEntry => ({
    at: now - ago,
    site: 'onlyfans.com',
    cleaned: 1,
    held: 0,
    passed: 0,
    summary: '',
    ...(media ? { media } : {}),
  });

  it('the upload report says photo, video or mixed, and the popup picks tips from it', async () => {
    const photo = new File([sample()], 'IMG_1.jpg', { type: 'image/jpeg' });
    const video = new File([makeMp4(tempDir()) as Uint8Array<ArrayBuffer>], 'clip.mp4', {
      type: 'video/mp4',
    });
    const report = async (files: File[]) => {
      const result = await cleanBatch(files, {
        names: new NeutralNames(),
        anonymiseNames: true,
        showReceipts: false,
        ui: {
          showProgress: () => () => undefined,
          askAboutHeld: async () => 'skip',
          showReceipt: () => undefined,
        },
      });
      return result.report;
    };
    const photos = await report([photo]);
    expect(photos.media).toBe('photo');
    expect(photos.removed[0]).toEqual({ part: 'location' });
    const videos = await report([video]);
    expect(videos.media).toBe('video');
    expect((await report([photo, video])).media).toBe('mixed');
    // What the content script sends the background is a valid receipt entry, media included.
    const stored = ReceiptEntrySchema.parse({ ...videos, at: now - 1000, site: 'onlyfans.com' });
    expect(uploadContext([stored], now)).toEqual({ activity: 'upload:video' });
  });

  it('a video upload selects video tips, a photo upload photo tips', () => {
    expect(uploadContext([entry('video')], now)).toEqual({ activity: 'upload:video' });
    expect(uploadContext([entry('photo')], now)).toEqual({ activity: 'upload:image' });
    expect(uploadContext([entry(undefined)], now)).toEqual({ activity: 'upload:image' });
    expect(uploadContext([entry('mixed')], now)).toEqual({
      activity: 'upload:video',
      triggers: ['upload:image'],
    });
    expect(uploadContext([entry('video', 31 * 60_000)], now)).toEqual({});

    const ids = (media: ReceiptEntry['media']) =>
      selectTips({ siteId: 'onlyfans', ...uploadContext([entry(media)], now) }, { limit: 10 }).map(
        (tip) => tip.id,
      );
    const video = ids('video');
    const photo = ids('photo');
    // "Watch a video through before posting" is about videos only.
    expect(video).toContain('video-watch-it-through');
    expect(photo).not.toContain('video-watch-it-through');
    expect(video).not.toEqual(photo);
  });
});
