import { ApiError, type ApiResult } from '../../../shared/api/errors';
import type { FileBridge } from '../../../shared/platform/files';
import type { FilePlatform } from './files';

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value;
}

/** Files through Electron's native dialogs: the main process shows them and reads or writes the file itself. */
export function electronFiles(bridge: FileBridge): FilePlatform {
  return {
    async saveFile({ suggestedName, data }) {
      return unwrap(await bridge.save({ suggestedName, data }));
    },
    async openFiles(options) {
      return unwrap(await bridge.open(options));
    },
  };
}
