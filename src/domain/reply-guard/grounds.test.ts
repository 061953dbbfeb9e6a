import { describe, expect, it } from 'vitest';
import { rulesFor } from './test-profile.js';

describe('the call button of our grounds', () => {
  it("lets a garage pay station's or an elevator's call button pass", () => {
    expect(rulesFor('If the gate arm will not lift for you, push the call button and a parking attendant will come.')).toEqual([]);
    expect(rulesFor("Sorry you got stuck! The elevators' call button rings our security desk directly.")).not.toContain('care_relationship');
  });

  it("still blocks a bedside call button the reader pressed", () => {
    expect(rulesFor("We're sorry nobody answered the call button for you.")).toContain('care_relationship');
  });
});
