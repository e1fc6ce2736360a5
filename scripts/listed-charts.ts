/**
 * The charts src/lib/charts/registry.ts lists, for code that runs outside Vite (the island
 * build's set-up, the browser tests): read from the registry's source, not run, since running it
 * would mean compiling every chart's components first.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import type { ChartId } from '../src/lib/charts/registry';

const REGISTRY = resolve('src/lib/charts/registry.ts');

/** Each listed chart's id and the module its definition comes from, in the list's order. */
export function listedCharts(file = REGISTRY): { id: ChartId; from: string }[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
	const from = new Map<string, string>();
	let list: ts.ObjectLiteralExpression | undefined;
	source.forEachChild((node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const names = node.importClause?.namedBindings;
			if (names && ts.isNamedImports(names))
				for (const name of names.elements) from.set(name.name.text, node.moduleSpecifier.text);
		}
		if (ts.isVariableStatement(node))
			for (const d of node.declarationList.declarations)
				if (ts.isIdentifier(d.name) && d.name.text === 'CHARTS' && d.initializer)
					if (ts.isObjectLiteralExpression(d.initializer)) list = d.initializer;
	});
	if (!list) throw new Error(`${file}: no \`const CHARTS = { … }\``);
	return list.properties.map((p) => {
		const value = ts.isShorthandPropertyAssignment(p)
			? p.name.text
			: ts.isPropertyAssignment(p) && ts.isIdentifier(p.initializer)
				? p.initializer.text
				: '';
		const id = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : '';
		const module = from.get(value);
		if (!id || !module) throw new Error(`${file}: CHARTS lists each chart as \`id: imported\``);
		// Read from the very list ChartId is made of.
		return { id: id as ChartId, from: resolve(dirname(file), module) };
	});
}
