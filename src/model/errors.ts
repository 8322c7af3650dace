/** Invalid user input (model parameters, target or diagram syntax). The CLI maps it to exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
