import { HttpResponse } from 'msw';
import { endpoints } from '../../src/api/endpoints';
import { permissionsFor } from '../../src/api/contracts/permissions';
import { meSchema, type Me } from '../../src/api/contracts/me';
import { apiRoute } from './api-route';

export const meHandlers = [
  apiRoute(
    'get',
    endpoints.me,
    {
      summary: 'The signed-in user: tenant, role, permissions and the instance',
      allowNoRole: true,
      requiresInstance: false,
      response: meSchema,
    },
    ({ caller }) => {
      const { user, tenant, role, roleSource, tenantState } = caller;
      const me: Me = {
        user: { id: user.id, displayName: user.displayName, upn: user.upn },
        tenant: { id: tenant.id, name: tenant.name, initialDomain: tenant.initialDomain },
        role,
        roleSource,
        isDirectoryAdmin: user.directoryRoles.length > 0,
        permissions: permissionsFor(role),
        instance: tenantState.instance,
      };
      return HttpResponse.json(me);
    },
  ),
];
