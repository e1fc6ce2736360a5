/**
 * The data dictionary's words (the package's, each dataset's and each column's title and
 * description in datapackage.json) as messages, so that the data page shows them in the
 * edition's language. The English messages repeat datapackage.json; a unit test keeps the two
 * equal.
 */
import { m } from '$lib/i18n';

const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '_');

/** The message keys for the package, a dataset, or one of its columns. */
export const dictionaryKey = {
	package: (part: 'title' | 'description') => `data_package_${part}`,
	resource: (name: string, part: 'title' | 'description') => `data_resource_${slug(name)}_${part}`,
	field: (resource: string, field: string) => `data_field_${slug(resource)}_${slug(field)}`
};

/** A dictionary message in the edition's language; a key with no message stops the build. */
export function dictionaryText(key: string): string {
	const message = (m as unknown as Record<string, (() => string) | undefined>)[key];
	if (!message)
		throw new Error(`messages/en.json has no "${key}": add the data dictionary's words`);
	return message();
}
