import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body an endpoint answers with, read from the generated schema. */
export type ResponseBody<
  Path extends keyof paths,
  Method extends 'get' | 'post' = 'get',
> = paths[Path][Method] extends { responses: infer Responses }
  ? JsonOf<Responses[200 & keyof Responses]> | JsonOf<Responses[201 & keyof Responses]>
  : never;

/** The JSON body an endpoint accepts, read from the generated schema. */
export type RequestBody<Path extends keyof paths, Method extends 'post' | 'put' | 'patch' = 'post'> = paths[Path][Method] extends {
  requestBody?: infer Body;
}
  ? JsonOf<NonNullable<Body>>
  : never;
