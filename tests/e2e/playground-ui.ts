import { existsSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Playground } from './playground-driver';

/**
 * Drives the Agents Playground's web UI with playwright-core and Debian's chromium (issue 14 §6): types a
 * question in the composer like a person, waits for the bot's card to render, checks it and takes its
 * picture. Used by `npm run look` (screenshots for the README) and tests/e2e/look.test.ts (headless).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser check cannot run here, or undefined when it can. */
export function browserMissing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH)`;
  try {
    require.resolve('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci)';
  }
  return undefined;
}

export interface CardCheck {
  /** The rendered card (.ac-adaptiveCard). */
  card: Locator;
  /** Its first text, as the browser shows it. */
  firstText: string;
  /** Pixels from the top of the card to the bottom of the answer line. */
  answerBottom: number;
  /** Height of the card as first shown (details closed). */
  height: number;
  /** Playground log lines flagged as errors or card warnings other than the known full-width note. */
  errors: string[];
}

const CARD = '.ac-adaptiveCard';
// The Playground notes under every card that msteams.width "Full" only shows in real Teams: not an error.
const KNOWN_NOTE = /Full width control is not supported/;

export class PlaygroundUi {
  private loggedErrors = 0;
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  static async open(pg: Playground, opts: { headless?: boolean; width?: number; height?: number } = {}): Promise<PlaygroundUi> {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      // Loopback only: no sandbox (root in CI containers), no GPU, no background network calls.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-extensions'],
    });
    const page = await browser.newPage({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, deviceScaleFactor: 1 });
    // The Playground fetches fonts and animations from Microsoft's CDN: offline, fail them at once.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
    await page.goto(pg.base);
    await page.waitForSelector('[data-lexical-editor=true]', { timeout: 60_000 });
    const ui = new PlaygroundUi(browser, page);
    await ui.closeLogPanel();
    return ui;
  }

  private async closeLogPanel(): Promise<void> {
    const close = this.page.locator('text=Log Panel').locator('xpath=..').locator('button').last();
    if (await close.count()) await close.click({ timeout: 2000 }).catch(() => undefined);
  }

  /** Opens a conversation from the left rail ("Personal Chat", "General"…). */
  async openConversation(name: string): Promise<void> {
    await this.page.getByText(name, { exact: true }).filter({ visible: true }).first().click();
    await this.page.waitForTimeout(500);
  }

  cards(): Locator {
    return this.page.locator(CARD);
  }

  /** Types a message in the composer and sends it. */
  async send(text: string): Promise<void> {
    await this.page.locator('[data-lexical-editor=true]').click();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Enter');
  }

  /** Types a question in the composer and returns the next card the bot sends. */
  async ask(text: string, timeoutMs = 45_000): Promise<Locator> {
    const before = await this.cards().count();
    await this.send(text);
    return this.nextCard(before, timeoutMs);
  }

  /** Waits for the card after the `before`-th one (a card sent by the bot on its own: reminder, ticket). */
  async nextCard(before: number, timeoutMs = 45_000): Promise<Locator> {
    await this.page.waitForFunction(`document.querySelectorAll(${JSON.stringify(CARD)}).length > ${before}`, undefined, { timeout: timeoutMs });
    const card = this.cards().nth(before);
    await card.scrollIntoViewIfNeeded();
    // Let the layout settle (images, fonts) before measuring or taking the picture.
    await this.page.waitForTimeout(400);
    return card;
  }

  /** The newest card in the open conversation whose first text matches (cards the bot posted on its own). */
  async lastCardWith(answer: RegExp, timeoutMs = 45_000): Promise<Locator> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const n = await this.cards().count();
      for (let i = n - 1; i >= 0; i--) {
        const card = this.cards().nth(i);
        const first = (
          (await card
            .locator('.ac-textBlock, .ac-richTextBlock')
            .first()
            .innerText()
            .catch(() => '')) ?? ''
        ).trim();
        if (answer.test(first)) {
          await card.scrollIntoViewIfNeeded();
          await this.page.waitForTimeout(400);
          return card;
        }
      }
      if (Date.now() > deadline) throw new Error(`no card opening with ${answer} in this conversation`);
      await this.page.waitForTimeout(500);
    }
  }

  /** Presses the card's "Show details" (Action.ToggleVisibility). */
  async openDetails(card: Locator): Promise<void> {
    await card
      .getByRole('button', { name: /Show details|Afficher les détails/ })
      .first()
      .click();
    await this.page.waitForTimeout(300);
  }

  /** The card as a person first sees it: its first text, where the answer ends, the Playground's errors. */
  async check(card: Locator): Promise<CardCheck> {
    const box = await card.boundingBox();
    const first = card.locator('.ac-textBlock, .ac-richTextBlock').first();
    const firstText = ((await first.innerText()) ?? '').trim();
    const fb = await first.boundingBox();
    const message = card.locator('xpath=ancestor::*[contains(@class,"fai-OutputCard")][1]/..');
    const notes = (await message.count()) ? await message.innerText() : '';
    const errors = notes
      .split('\n')
      .filter((l) => /error|unable to render|failed|not supported/i.test(l) && !KNOWN_NOTE.test(l))
      .map((l) => l.trim());
    // The Playground's log panel flags problems with a card as "(!) Error": new ones count for this card.
    const logged = (await this.page.locator('body').innerText()).split('\n').filter((l) => /\(!\)\s*Error/i.test(l));
    errors.push(...logged.slice(this.loggedErrors));
    this.loggedErrors = logged.length;
    return { card, firstText, answerBottom: fb && box ? fb.y + fb.height - box.y : Infinity, height: box?.height ?? 0, errors };
  }

  /**
   * The picture of one message: the card with the Playground's frame around it. A card taller than the
   * window (details open) is taken in a window tall enough to hold it: the chat pane scrolls inside.
   */
  async shoot(card: Locator, path: string): Promise<void> {
    const message = card.locator('xpath=ancestor::*[contains(@class,"fai-OutputCard")][1]');
    const target = (await message.count()) ? message : card;
    const size = this.page.viewportSize()!;
    const height = (await target.boundingBox())?.height ?? 0;
    if (height > size.height - 200) {
      await this.page.setViewportSize({ width: size.width, height: Math.ceil(height) + 400 });
      await target.scrollIntoViewIfNeeded();
      await this.page.waitForTimeout(300);
    }
    try {
      await target.screenshot({ path });
    } finally {
      if (height > size.height - 200) await this.page.setViewportSize(size);
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
