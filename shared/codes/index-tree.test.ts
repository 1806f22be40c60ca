import { describe, expect, it } from 'vitest';
import { packIndexTree, readIndexTree, treeOfCompiled } from './index-tree.ts';
import type { CompiledIndex } from './model.ts';

const ix: CompiledIndex = {
  format: 2,
  version: 'test',
  source: 'test',
  titles: ['Sjögren syndrome', 'with', 'lung involvement', 'Diabetes, diabetic (mellitus)', 'type 2'],
  parents: [-1, 0, 1, -1, 3],
  nemods: { 3: '(sugar)', 0: '(sicca)' },
  refs: [0, 'M35.00', 2, 'M35.02', 4, 'E11.9', 3, 'E11.-'],
};

describe('Alphabetic Index tree, JSON and binary forms', () => {
  it('answers every term, parent, modifier and reference alike', () => {
    const json = treeOfCompiled(ix);
    const bin = readIndexTree(packIndexTree(ix))!;
    expect(bin.nodes).toBe(5);
    expect(bin.refs).toBe(4);
    for (let id = 0; id < json.nodes; id++) {
      expect([bin.title(id), bin.parent(id), bin.nemod(id)]).toEqual([json.title(id), json.parent(id), json.nemod(id)]);
    }
    for (let r = 0; r < json.refs; r++) expect([bin.refNode(r), bin.refCode(r)]).toEqual([json.refNode(r), json.refCode(r)]);
    expect(bin.title(0)).toBe('Sjögren syndrome');
    expect(bin.nemod(1)).toBe('');
  });

  it('refuses bytes that are not a tree', () => {
    expect(readIndexTree(new Uint8Array(16))).toBeNull();
  });
});
