import { describeError } from '../src/cli/describe-error';
import { UsageError } from '../src/cli/usage-error';
import { ConfigError } from '../src/config/config';

describe('describeError', () => {
  it('tells how to bypass and report an internal error', () => {
    const message = describeError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(message).toContain('internal error');
    expect(message).toContain('blocked');
    expect(message).toContain('git commit --no-verify');
    expect(message).toContain('report');
  });

  it('names the fix when the native regex module cannot be loaded', () => {
    const error = new Error("Cannot find module '../build/Release/re2.node'\nRequire stack:\n- node_modules/re2/re2.js");
    const message = describeError(error);
    expect(message).toContain('npm rebuild re2');
    expect(message).toContain('npm install-scripts approve re2');
    expect(message).toContain('git commit --no-verify');
  });

  it('lists every configuration problem with its file and key', () => {
    const message = describeError(
      new ConfigError([
        { file: '.keyguardrc.json', key: 'exclude[1]', message: 'must be a non-empty glob string' },
        { file: '.keyguardrc.json', key: 'colour', message: 'unknown option' },
      ]),
    );
    expect(message).toContain('.keyguardrc.json: exclude[1]: must be a non-empty glob string');
    expect(message).toContain('.keyguardrc.json: colour: unknown option');
  });

  it('points to the usage text for a usage mistake', () => {
    expect(describeError(new UsageError('unknown command "scna"'))).toContain('keyguard help');
  });
});
