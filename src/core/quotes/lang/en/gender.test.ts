import { describe, expect, it } from 'vitest';
import { findQuotesInText } from '../../index';

const speakerOf = (text: string): string | undefined => findQuotesInText(text, 'en')[0]?.speaker?.name;

describe('English pronouns prefer a subject whose gender the story showed (LangPack.shownGenderWeight)', () => {
  it('"he" goes to the subject titled Mr. over a nearer lone surname of unknown gender', () => {
    expect(speakerOf('Mr. Kemper arrived at the hearing early on Monday, Reese testified next. "The plan is finished and it will not come back," he said.'))
      .toBe('Kemper');
  });

  it('"she" goes to the subject titled Ms. over a nearer lone surname of unknown gender', () => {
    expect(speakerOf('Ms. Ortiz opened the meeting on Tuesday, Lee answered questions afterwards. "We have waited for this road for ten years," she said.'))
      .toBe('Ortiz');
  });

  it('the nearer subject still wins when its gender fits too', () => {
    expect(speakerOf('Mr. Kemper arrived at the hearing early on Monday, Mr. Reese testified next. "The plan is finished and it will not come back," he said.'))
      .toBe('Reese');
  });
});
