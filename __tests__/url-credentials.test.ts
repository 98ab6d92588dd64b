import { isPlausibleDatabaseCredentials, isPlausiblePassword, isPlausibleUrlCredentials } from '../src/validators/url-credentials';

describe('passwords in URLs and connection strings', () => {
  it('rejects the words documentation puts where a password goes', () => {
    for (const word of ['password', 'myPassword', 'db_pass', 'PASSWORD', 'changeme', 'your_password', '${DB_PASSWORD}', '<password>', '%PASS%', '****', 'dummy_secret', 'your-secret']) {
      expect(isPlausiblePassword(word)).toBe(false);
      expect(isPlausibleDatabaseCredentials(`app:${word}`)).toBe(false);
    }
  });

  it('reports famous weak passwords only where the caller allows them (database URLs)', () => {
    for (const weak of ['secret', 'admin', 'qwerty', 'hunter2', 'Secret1', 'newsecret', 'db_admin']) {
      expect(isPlausiblePassword(weak)).toBe(false);
      expect(isPlausibleUrlCredentials(`app:${weak}`)).toBe(false);
      expect(isPlausibleDatabaseCredentials(`app:${weak}`)).toBe(true);
    }
  });

  it('rejects a password equal to the user, and template users', () => {
    expect(isPlausibleDatabaseCredentials('admin:admin')).toBe(false);
    expect(isPlausibleDatabaseCredentials('postgres:postgres')).toBe(false);
    expect(isPlausibleDatabaseCredentials('${USER}:Wq8vLz3nRt6K')).toBe(false);
  });

  it('accepts a password with some variety', () => {
    expect(isPlausibleUrlCredentials('deploy:Wq8vLz3nRt6K')).toBe(true);
    expect(isPlausibleDatabaseCredentials('spot_app:Pseg2020')).toBe(true);
  });
});
