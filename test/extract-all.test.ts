// Every article of the dev sets is read and extracted without an exception: a stage that throws loses the whole
// document (it is stored as failed), which is how dev3/309 lost all its events to an echo with no trigger span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../src/extraction/extract.ts';
import { readPath } from '../src/ingestion/file.source.ts';

const extractor = createExtractor();

for (const folder of ['corpus', 'dev2', 'dev3']) {
  test(`every ${folder}/ article extracts without an exception`, async () => {
    let read = 0;
    for await (const r of readPath(folder, {})) {
      if (!('document' in r)) continue; // a README or a gold file is not an article
      read++;
      const { text, published } = r.document;
      assert.doesNotThrow(() => extractor.extract({ text, published }), `${r.document.origin ?? ''}`);
    }
    assert.ok(read >= 14, `${folder}/ holds its articles (read ${read})`);
  });
}
