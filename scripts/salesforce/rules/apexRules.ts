// Apex classes run only in an org, so npm test parses them offline with the Apex Dev Tools
// parser and checks the few platform rules our classes must keep: no syntax errors, a class
// the components call (@AuraEnabled) runs `with sharing`, its DML runs in user mode, it has a
// test class (deploys to production need coverage), and the agents' permission set grants it.
import {
  ApexErrorListener,
  ApexParseTreeWalker,
  ApexParserFactory,
  ApexParserListener,
  type ApexTerminalNode,
  type ModifierContext,
} from '@apexdevtools/apex-parser';

export interface ApexSource {
  /** Where the class lives, for messages. */
  file: string;
  /** The class name (the file name without .cls). */
  name: string;
  text: string;
}

export interface ApexFacts {
  name: string;
  syntaxErrors: string[];
  isTest: boolean;
  sharing: 'with' | 'without' | 'inherited' | 'none';
  auraEnabledMembers: number;
  /** DML statements and Database.* calls that do not ask for user mode, with their line. */
  systemModeDml: string[];
}

const DATABASE_DML = /^database\.(insert|update|upsert|delete|undelete|merge)(immediate|async)?\(/i;

function annotationNames(modifiers: ModifierContext[]): string[] {
  const names: string[] = [];
  for (const modifier of modifiers) {
    // Typed as always present, but null on a modifier that is a keyword.
    const annotation = modifier.annotation() as ReturnType<ModifierContext['annotation']> | null;
    if (annotation !== null) names.push(annotation.id().getText().toLowerCase());
  }
  return names;
}

// The generated accessors are typed as always returning a node, but return null for a
// token the rule did not match.
function has(node: ApexTerminalNode | null | undefined): boolean {
  return node !== null && node !== undefined;
}

function sharingOf(modifiers: ModifierContext[]): ApexFacts['sharing'] {
  for (const modifier of modifiers) {
    if (!has(modifier.SHARING())) continue;
    if (has(modifier.WITHOUT())) return 'without';
    if (has(modifier.INHERITED())) return 'inherited';
    if (has(modifier.WITH())) return 'with';
  }
  return 'none';
}

class SyntaxErrors extends ApexErrorListener {
  readonly found: string[] = [];
  apexSyntaxError(line: number, column: number, message: string): void {
    this.found.push(`line ${line}:${column} ${message}`);
  }
}

/** What the rules need to know of one class, read from its parse tree. */
export function readApexClass(source: ApexSource): ApexFacts {
  const errors = new SyntaxErrors();
  const { parser } = ApexParserFactory.createLexerAndParser(source.text, errors);
  const unit = parser.compilationUnit();
  const facts: ApexFacts = {
    name: source.name,
    syntaxErrors: errors.found,
    isTest: false,
    sharing: 'none',
    auraEnabledMembers: 0,
    systemModeDml: [],
  };
  if (errors.found.length > 0) return facts;
  const declaration = unit.typeDeclaration();
  const modifiers = declaration.modifier_list();
  facts.isTest = annotationNames(modifiers).includes('istest');
  facts.sharing = sharingOf(modifiers);

  const listener = new ApexParserListener();
  const dmlStatement =
    (keyword: string) =>
    (ctx: { accessLevel(): { USER(): unknown } | null; start: { line: number } }) => {
      if (ctx.accessLevel()?.USER() == null) {
        facts.systemModeDml.push(`${keyword} on line ${ctx.start.line} has no "as user"`);
      }
    };
  listener.enterInsertStatement = dmlStatement('insert');
  listener.enterUpdateStatement = dmlStatement('update');
  listener.enterUpsertStatement = dmlStatement('upsert');
  listener.enterDeleteStatement = dmlStatement('delete');
  listener.enterUndeleteStatement = dmlStatement('undelete');
  listener.enterMergeStatement = dmlStatement('merge');
  listener.enterDotExpression = (ctx) => {
    const text = ctx.getText();
    if (DATABASE_DML.test(text) && !/accesslevel\.user_mode/i.test(text)) {
      facts.systemModeDml.push(
        `${text.slice(0, text.indexOf('('))} on line ${ctx.start.line} has no AccessLevel.USER_MODE`,
      );
    }
  };
  listener.enterClassBodyDeclaration = (ctx) => {
    if (annotationNames(ctx.modifier_list()).includes('auraenabled')) {
      facts.auraEnabledMembers += 1;
    }
  };
  ApexParseTreeWalker.DEFAULT.walk(listener, unit);
  return facts;
}

/**
 * The problems of a project's classes. `grantedClasses` are the classes some permission set
 * gives access to (classAccesses with enabled true).
 */
export function apexProblems(sources: ApexSource[], grantedClasses: Set<string>): string[] {
  const problems: string[] = [];
  const read = sources.map((source) => ({ source, facts: readApexClass(source) }));
  const testSources = read.filter(({ facts }) => facts.isTest).map(({ source }) => source.text);
  for (const { source, facts } of read) {
    if (facts.syntaxErrors.length > 0) {
      problems.push(`${source.file}: Apex does not parse: ${facts.syntaxErrors.join('; ')}`);
      continue;
    }
    if (facts.isTest) continue;
    if (facts.auraEnabledMembers > 0) {
      if (facts.sharing !== 'with') {
        problems.push(
          `${source.file}: ${facts.name} is called from components (@AuraEnabled) but is not declared "with sharing"`,
        );
      }
      if (!grantedClasses.has(facts.name)) {
        problems.push(
          `${source.file}: no permission set grants ${facts.name} (classAccesses), so agents cannot call it`,
        );
      }
    }
    for (const dml of facts.systemModeDml) {
      problems.push(`${source.file}: ${dml}: DML must run in user mode`);
    }
    const mention = new RegExp(`\\b${facts.name}\\b`);
    if (!testSources.some((test) => mention.test(test))) {
      problems.push(`${source.file}: no @IsTest class exercises ${facts.name}`);
    }
  }
  return problems;
}
