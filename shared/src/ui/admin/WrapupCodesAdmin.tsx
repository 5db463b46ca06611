// Wrap-up codes on the platform: a paged, searchable list; create, rename, delete (after
// confirmation). Every failure shows the platform's message.
import chevronleft from '@salesforce/design-system-react/icons/utility/chevronleft';
import chevronright from '@salesforce/design-system-react/icons/utility/chevronright';
import { IconButton } from '../controls/IconButton';
import { Button } from '../controls/Button';
import { ModalDialog } from '../controls/ModalDialog';
import { SearchInput, TextInput } from '../controls/TextInput';
import { useEffect, useRef, useState } from 'react';
import type { PagedListing, WrapupCode } from '../../platform/platformTypes';
import { useAgentApi } from '../app/agentApiContext';
import { useTranslate } from '../app/useTranslate';
import { AdminSection } from './AdminSection';
import { useAdminCall } from './useAdminCall';

const PAGE_SIZE = 10;

export function WrapupCodesAdmin({ onCodesChanged }: { onCodesChanged?: () => void } = {}) {
  const api = useAgentApi();
  const { t } = useTranslate();
  const { run, error } = useAdminCall();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  // The page shown and the search it answers (typing changes `search` before its answer).
  const [shown, setShown] = useState<{ listing: PagedListing<WrapupCode>; search: string } | null>(
    null,
  );
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<WrapupCode | null>(null);

  // Every change (search, page, a create/rename/delete) bumps `reloads`; only the newest
  // request's answer is shown, so a slow list for an old query never replaces a newer one
  // (creating a code, then searching for it at once, used to show the old unfiltered page).
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);
  // A reload after a change keeps the change's outcome on screen (its run set or cleared it).
  const afterChange = useRef(false);
  const reload = () => {
    afterChange.current = true;
    setReloads((n) => n + 1);
  };

  useEffect(() => {
    const request = ++latest.current;
    const keepError = afterChange.current;
    afterChange.current = false;
    const name = search.trim() === '' ? undefined : `*${search.trim()}*`;
    void run(
      () => api.admin.listCodes({ pageNumber: page, pageSize: PAGE_SIZE, name }),
      keepError,
    ).then((result) => {
      if (result !== undefined && request === latest.current) {
        setShown({ listing: result, search: search.trim() });
      }
    });
  }, [api, page, run, search, reloads]);

  const create = async () => {
    if (newName.trim() === '') return;
    if ((await run(() => api.admin.createCode(newName.trim()))) !== undefined) {
      setNewName('');
      onCodesChanged?.();
      reload();
    }
  };
  const rename = async () => {
    if (renaming === null) return;
    if ((await run(() => api.admin.renameCode(renaming.id, renaming.name.trim()))) !== undefined) {
      setRenaming(null);
      onCodesChanged?.();
      reload();
    }
  };
  const remove = async (code: WrapupCode) => {
    setDeleting(null);
    const deleted = await run(async () => {
      await api.admin.deleteCode(code.id);
      return true;
    });
    if (deleted !== undefined) onCodesChanged?.();
    reload();
  };

  const pages = Math.max(1, shown?.listing.pageCount ?? 1);
  return (
    <AdminSection className="slds-m-top_small" heading={t('admin.codes')} error={error}>
      <SearchInput
        label={t('admin.search')}
        value={search}
        onValueChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
      />
      <ul aria-label={t('admin.codes')} className="slds-m-vertical_x-small">
        {shown?.listing.entities.map((code) => (
          <li
            key={code.id}
            className="slds-grid slds-grid_vertical-align-center slds-p-vertical_xx-small"
          >
            {renaming?.id === code.id ? (
              <>
                <input
                  className="slds-input"
                  aria-label={t('admin.renameTo', { name: code.name })}
                  value={renaming.name}
                  onChange={(event) => setRenaming({ id: code.id, name: event.target.value })}
                />
                <Button
                  className="slds-no-flex"
                  label={t('admin.save')}
                  onClick={() => void rename()}
                />
                <Button
                  className="slds-no-flex"
                  label={t('action.cancel')}
                  onClick={() => setRenaming(null)}
                />
              </>
            ) : (
              <>
                <span className="slds-col slds-grow">{code.name}</span>
                <Button
                  className="slds-no-flex"
                  label={t('admin.rename')}
                  aria-label={`${t('admin.rename')} ${code.name}`}
                  onClick={() => setRenaming({ id: code.id, name: code.name })}
                />
                <Button
                  className="slds-no-flex"
                  label={t('admin.delete')}
                  variant="destructive"
                  aria-label={`${t('admin.delete')} ${code.name}`}
                  onClick={() => setDeleting(code)}
                />
              </>
            )}
          </li>
        ))}
      </ul>
      {shown?.listing.entities.length === 0 && (
        <p className="slds-text-color_weak slds-m-bottom_x-small">
          {shown.search === ''
            ? t('admin.noCodes')
            : t('admin.noCodesMatch', { search: shown.search })}
        </p>
      )}
      {/* Icon buttons named Previous/Next page: the words did not fit a 320-px sidebar. */}
      <div className="slds-grid slds-grid_vertical-align-center">
        <IconButton
          label={t('admin.previous')}
          icon={chevronleft}
          bordered
          disabled={page <= 1}
          onClick={() => setPage(page - 1)}
        />
        <span className="slds-m-horizontal_small">{t('admin.page', { page, pages })}</span>
        <IconButton
          label={t('admin.next')}
          icon={chevronright}
          bordered
          disabled={page >= pages}
          onClick={() => setPage(page + 1)}
        />
      </div>
      <TextInput
        className="slds-m-top_x-small"
        label={t('admin.newCode')}
        value={newName}
        onValueChange={setNewName}
        action={
          <Button
            className="slds-no-flex"
            label={t('admin.create')}
            variant="brand"
            onClick={() => void create()}
          />
        }
      />
      {deleting !== null && (
        <ModalDialog
          label={t('admin.delete')}
          heading={t('admin.delete')}
          onClose={() => setDeleting(null)}
          footer={
            <>
              <Button label={t('action.cancel')} onClick={() => setDeleting(null)} />
              <Button
                label={t('admin.delete')}
                variant="destructive"
                onClick={() => void remove(deleting)}
              />
            </>
          }
        >
          <p className="slds-p-around_medium">
            {t('admin.deleteConfirm', { name: deleting.name })}
          </p>
        </ModalDialog>
      )}
    </AdminSection>
  );
}
